import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateAnomalies } from '../../../../src-main/common/domain/anomalies/evaluate';
import type { AnomalyFinding } from '../../../../src-main/common/domain/anomalies/types';
import { addDays } from '../../../../src-main/common/domain/dates';
import { generateDemoRoster, type DemoAthlete } from '../../../../src-main/common/domain/demo';
import { demoAnomalyInput } from './demo-inputs';

const TODAY = '2025-06-18';
/** The first four months only feed the baselines (60-day HRV, 12-week strain, 2 × 6-week performance windows). */
const WARM_UP_DAYS = 120;

interface Evaluated {
  athlete: DemoAthlete;
  raiseFrom: string;
  findings: AnomalyFinding[];
  fatigued: Set<string>;
}

let evaluated: Evaluated[];
beforeAll(() => {
  evaluated = generateDemoRoster({ seed: 2024, today: TODAY }).map((athlete) => {
    const raiseFrom = addDays(athlete.wellness[0]!.date, WARM_UP_DAYS);
    const input = demoAnomalyInput(athlete, TODAY, raiseFrom);
    // The generator lowers HRV whenever the 7-day load runs 25 % above the 42-day load (demo/wellness.ts).
    const fatigued = new Set(input.pmc.filter((r) => r.atl > 1.25 * r.ctl).map((r) => r.date));
    return { athlete, raiseFrom, findings: evaluateAnomalies(input), fatigued };
  });
});

/**
 * A demo day is calm when nothing the generator models as a cause is near it: no illness, travel, injury
 * or stress from three weeks before to a week after (HRV dips before onset and recovers slowly; the
 * performance windows reach back further than that), no race in the 10 days before or 3 after, no
 * off-season in the 8 weeks before (the return to training is a real load spike), and no accumulated
 * fatigue in the week before.
 */
function calmDays({ athlete, raiseFrom, fatigued }: Evaluated): Set<string> {
  const races = athlete.events.filter((e) => e.kind === 'race').map((e) => e.startDate);
  const offSeason = athlete.weeks.filter((w) => w.kind === 'transition').map((w) => w.start);
  const calm = new Set<string>();
  for (let d = raiseFrom; d < TODAY; d = addDays(d, 1)) {
    if (athlete.episodes.some((e) => e.start <= addDays(d, 7) && e.end >= addDays(d, -21))) continue;
    if (races.some((r) => r <= addDays(d, 3) && r >= addDays(d, -10))) continue;
    if (offSeason.some((w) => w <= d && w >= addDays(d, -56))) continue;
    if ([0, 1, 2, 3, 4, 5, 6, 7].some((k) => fatigued.has(addDays(d, -k)))) continue;
    calm.add(d);
  }
  return calm;
}

function overlaps(f: AnomalyFinding, from: string, to: string): boolean {
  return f.episodeStart <= to && f.episodeEnd >= from;
}

describe('the demo roster', () => {
  it('raises nothing on the calm days of the calm stretches of every athlete', () => {
    let totalCalm = 0;
    const falseAlarms: string[] = [];
    for (const e of evaluated) {
      const calm = calmDays(e);
      totalCalm += calm.size;
      for (const f of e.findings) {
        for (let d = f.episodeStart; d <= f.episodeEnd; d = addDays(d, 1)) {
          if (!calm.has(d)) continue;
          falseAlarms.push(`${e.athlete.profile.name}: ${f.reason}`);
          break;
        }
      }
    }
    // Months of calm days per athlete on average, so an empty result means something.
    expect(totalCalm).toBeGreaterThan(evaluated.length * 90);
    expect(falseAlarms).toEqual([]);
  });

  it('catches the illnesses in HRV or resting HR, labelled with the logged illness', () => {
    let illnesses = 0;
    let caught = 0;
    for (const { athlete, findings, raiseFrom } of evaluated) {
      for (const ill of athlete.episodes.filter((x) => x.kind === 'illness' && x.start >= raiseFrom)) {
        illnesses++;
        const markers = findings.filter(
          (f) => (f.rule === 'hrv-suppressed' || f.rule === 'resting-hr-elevated') && overlaps(f, ill.start, ill.end),
        );
        if (markers.length > 0) caught++;
        for (const f of markers) {
          expect(f.context.some((c) => c.kind === 'illness' && c.from === ill.start)).toBe(true);
          expect(f.reason).toContain(`logged illness: ${ill.title}`);
          expect(f.adjustment).toEqual({ kind: 'rest', days: 3 });
        }
      }
    }
    expect(illnesses).toBeGreaterThan(30);
    expect(caught / illnesses).toBeGreaterThanOrEqual(0.9);
  });

  it('labels HRV dips during logged travel with the trip', () => {
    const travelDips = evaluated.flatMap(({ athlete, findings }) =>
      athlete.episodes
        .filter((x) => x.kind === 'travel')
        .flatMap((trip) =>
          findings
            .filter((f) => f.rule === 'hrv-suppressed' && overlaps(f, trip.start, trip.end))
            .map((f) => ({ f, trip })),
        ),
    );
    expect(travelDips.length).toBeGreaterThan(3);
    for (const { f, trip } of travelDips) expect(f.reason).toContain(`logged travel: ${trip.title}`);
  });

  it("reads the athletes' own injury notes with the body part they name", () => {
    const injuryNotes = evaluated.flatMap(({ athlete, findings }) =>
      athlete.episodes
        .filter((x) => x.kind === 'injury')
        .flatMap((injury) =>
          findings
            .filter((f) => f.rule === 'injury-note' && f.episodeStart === injury.start)
            .map((f) => ({ f, injury })),
        ),
    );
    expect(injuryNotes.length).toBeGreaterThan(5);
    for (const { f, injury } of injuryNotes) {
      expect(f.context.some((c) => c.kind === 'injury')).toBe(true);
      const location = f.evidence.note!.location;
      if (location) expect(injury.title.toLowerCase()).toContain(location.bodyPart.toLowerCase().split(' ')[0]!);
    }
  });
});
