import type { ThresholdEntry } from '../../../../src-main/common/domain/thresholds';
import { addDays, localDateOf } from '../../../../src-main/common/domain/dates';
import type { DemoAthlete } from '../../../../src-main/common/domain/demo';
import { sumDailyLoads } from '../../../../src-main/common/domain/load/daily-load';
import { computePmc } from '../../../../src-main/common/domain/load/pmc';
import { DEFAULT_PMC_CONVENTION } from '../../../../src-main/common/domain/load/pmc-convention';
import { computeActivityLoad } from '../../../../src-main/common/domain/metrics/training-load';
import { DEFAULT_RULE_SETTINGS } from '../../../../src-main/common/domain/anomalies/settings';
import type {
  ActivityInput,
  AnomalyInput,
  ContextPeriod,
  NoteInput,
} from '../../../../src-main/common/domain/anomalies/types';

function thresholdsOn(history: ThresholdEntry[], date: string): Record<string, number> {
  const values: Record<string, number> = {};
  for (const t of history) if (t.validFrom <= date) values[t.metric] = t.value;
  return values;
}

/**
 * Efficiency factor from an activity's summary: NP ÷ average HR for rides, speed in m/min ÷ average HR
 * for runs (metrics/efficiency.ts uses the streams, which the demo keeps only for the last three weeks).
 */
function summaryEfficiency(a: DemoAthlete['activities'][number]): number | null {
  if (!a.avgHr) return null;
  if (a.sport === 'bike' && a.normalizedPower) return a.normalizedPower / a.avgHr;
  if (a.sport === 'run' && a.avgSpeed) return (a.avgSpeed * 60) / a.avgHr;
  return null;
}

/** One demo athlete's whole history as the anomaly service would gather it, up to `today`. */
export function demoAnomalyInput(
  athlete: DemoAthlete,
  today: string,
  raiseFrom: string,
  athleteId = athlete.spec.index + 1,
): AnomalyInput {
  const activities: ActivityInput[] = athlete.activities.map((a, id) => {
    const date = localDateOf(a.startTime, a.utcOffsetMinutes);
    const load = computeActivityLoad(a, {
      thresholds: thresholdsOn(athlete.thresholdHistory, date),
      sex: athlete.spec.sex,
    }).load;
    return {
      id,
      date,
      sport: a.sport,
      durationSeconds: a.timerSeconds,
      load,
      rpe: a.rpe,
      efficiencyFactor: summaryEfficiency(a),
      best20MinPower: null,
    };
  });
  const first = athlete.wellness[0]?.date ?? addDays(today, -730);
  const pmc = computePmc(sumDailyLoads(activities.map((a) => ({ localDate: a.date, load: a.load }))), {
    from: first,
    to: today,
    convention: DEFAULT_PMC_CONVENTION,
  });
  const notes: NoteInput[] = [
    ...athlete.wellness.flatMap((w) =>
      w.note ? [{ ref: `wellness:${w.date}`, date: w.date, source: 'wellness' as const, text: w.note }] : [],
    ),
    ...athlete.activities.flatMap((a, id) =>
      a.notes
        ? [
            {
              ref: `activity:${id}`,
              date: localDateOf(a.startTime, a.utcOffsetMinutes),
              source: 'activity' as const,
              text: a.notes,
            },
          ]
        : [],
    ),
  ];
  const context: ContextPeriod[] = athlete.events.map((e) => ({
    kind: e.kind,
    from: e.startDate,
    to: e.endDate,
    title: e.title,
    source: 'event',
  }));
  return {
    athleteId,
    today,
    raiseFrom,
    pmc: pmc.filter((r) => r.date <= today),
    wellness: athlete.wellness.filter((w) => w.date <= today),
    activities: activities.filter((a) => a.date <= today),
    notes: notes.filter((n) => n.date <= today),
    planned: [],
    context,
    settings: DEFAULT_RULE_SETTINGS,
  };
}
