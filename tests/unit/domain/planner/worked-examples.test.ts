import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src-main/common/domain/dates';
import type { BlockPlan, PlannedWeek } from '../../../../src-main/common/domain/planner/plan-block';
import type { PlannedSession } from '../../../../src-main/common/domain/planner/types';
import { distanceKmBySport } from '../../../../src-main/common/domain/planner/week-distance';
import { runner45Km, triathlete7h } from './history-fixtures';
import { ACWR_TOLERANCE, blockFirstDay, planFromHistory, type HistoryPlan } from './history-plans';

/** The worked examples: both race on this Sunday after 18 weeks, every setting at its default. */
const RACE_DATE = '2027-04-18';
const WEEKS = 18;

const weekSessions = (plan: BlockPlan, week: PlannedWeek) =>
  plan.days
    .filter((d) => d.date >= week.startDate && d.date <= addDays(week.startDate, 6) && d.date !== RACE_DATE)
    .flatMap((d) => d.sessions);
const longest = (sessions: readonly PlannedSession[], sport: string) =>
  Math.max(0, ...sessions.filter((s) => s.definition.sport === sport).map((s) => s.plannedSeconds));
const clock = (seconds: number) =>
  `${Math.floor(seconds / 3600)}:${String(Math.round((seconds % 3600) / 60)).padStart(2, '0')}`;

/** The coach's view of a block, one line a week, printed so the example can be read as well as checked. */
function printTable(title: string, { plan }: HistoryPlan, sports: readonly ('run' | 'bike' | 'swim')[]): void {
  const lines = plan.weeks.map((w) => {
    const sessions = weekSessions(plan, w);
    const km = distanceKmBySport(sessions.map((s) => ({ sport: s.definition.sport, meters: s.plannedMeters })));
    const distances = sports.map((s) => `${s} ${km[s] ?? '–'} km`).join(', ');
    const longs = sports
      .filter((s) => s !== 'swim')
      .map((s) => `${s} ${clock(longest(sessions, s))}`)
      .join(', ');
    return [
      String(w.index).padStart(2),
      `${w.phase}${w.recovery ? ' (rec)' : ''}`.padEnd(11),
      `${Math.round(w.plannedLoad)} TSS`.padStart(8),
      `${w.plannedHours.toFixed(1)} h`.padStart(6),
      distances.padEnd(38),
      `longest ${longs}`.padEnd(30),
      `ACWR ${w.acwr?.toFixed(2) ?? '–'}`,
      w.notes.join(' '),
    ].join(' | ');
  });
  console.log(`${title}\n${lines.join('\n')}\n${plan.feasible ? 'feasible' : plan.reasons.join('\n')}`);
}

function expectCommonChecks(planned: HistoryPlan): void {
  const { input, plan } = planned;
  const normal = input.baseline!.weekLoad;
  const week1 = plan.weeks[0]!;
  expect(week1.plannedLoad).toBeGreaterThanOrEqual(0.8 * normal);
  expect(week1.plannedLoad).toBeLessThanOrEqual(1.2 * normal);
  expect(week1.notes.join(' ')).toMatch(/normal week/);
  for (const w of plan.weeks)
    if (w.acwr !== null)
      expect(w.acwr, `week ${w.index} ACWR`).toBeLessThanOrEqual(input.guardrails.maxAcwr + ACWR_TOLERANCE);
  const taper = plan.weeks.filter((w) => w.phase === 'taper');
  const lastLoading = plan.weeks.filter((w) => w.phase === 'peak' && !w.recovery).at(-1)!;
  const falling = [lastLoading, ...taper, plan.weeks.at(-1)!].map((w) => w.plannedLoad);
  falling.slice(1).forEach((load, i) => expect(load, `taper load after ${falling[i]}`).toBeLessThan(falling[i]!));
  // Taper weeks plus race week: the 2–3 weeks of falling load the guide asks for.
  expect(taper.length + 1).toBeGreaterThanOrEqual(2);
  expect(taper.length + 1).toBeLessThanOrEqual(3);
}

describe('worked examples of the issue', () => {
  const firstDay = blockFirstDay(RACE_DATE, WEEKS);

  it('plans an 18-week marathon for the 45 km/week runner from their normal weeks, not the holiday week', () => {
    const history = runner45Km(firstDay);
    // Defaults throughout: the runner's 4.3 h week sits inside the marathon's 3–10 h guardrails.
    const planned = planFromHistory(history.activities, history.interruptions, {
      raceType: 'marathon',
      raceDate: RACE_DATE,
      weeks: WEEKS,
    });
    printTable('18-week marathon, 45 km/week runner', planned, ['run']);
    expectCommonChecks(planned);
    const { plan } = planned;
    const runs = plan.weeks
      .filter((w) => w.phase !== 'taper' && w.phase !== 'race')
      .flatMap((w) => weekSessions(plan, w))
      .filter((s) => s.definition.sport === 'run');
    expect(runs.some((s) => s.plannedSeconds >= 2.5 * 3600 - 60 || (s.plannedMeters ?? 0) >= 30_000)).toBe(true);
  });

  /**
   * A coach counts running km: the runner's normal weeks average 45 km, so week 1 holds about that much
   * running. It holds 37 km: the 30-minute strength session shares the week's 4.2 h rather than coming on
   * top, because its load counts toward the ACWR like any other and week 1 starts at the normal weeks'
   * (running-only) load.
   */
  it('starts the 45 km/week runner near 45 km of running', () => {
    const history = runner45Km(firstDay);
    const { plan } = planFromHistory(history.activities, history.interruptions, {
      raceType: 'marathon',
      raceDate: RACE_DATE,
      weeks: WEEKS,
    });
    const week1 = weekSessions(plan, plan.weeks[0]!).map((s) => ({
      sport: s.definition.sport,
      meters: s.plannedMeters,
    }));
    const km = distanceKmBySport(week1).run ?? 0;
    expect(km).toBeGreaterThanOrEqual(0.8 * 45);
    expect(km).toBeLessThanOrEqual(1.2 * 45);
  });

  it('plans an 18-week 70.3 for the 7 h/week triathlete with race-sized long sessions and bricks', () => {
    const history = triathlete7h(firstDay);
    // Defaults throughout: the 70.3's guardrails and triathlon availability hold the triathlete's 7 h week.
    const planned = planFromHistory(history.activities, history.interruptions, {
      raceType: '70.3',
      raceDate: RACE_DATE,
      weeks: WEEKS,
    });
    printTable('18-week 70.3, 7 h/week triathlete', planned, ['swim', 'bike', 'run']);
    expectCommonChecks(planned);
    const { plan } = planned;
    const peak = plan.weeks.filter((w) => w.phase === 'peak' || w.phase === 'build');
    const longestOf = (sport: string) => Math.max(...peak.map((w) => longest(weekSessions(plan, w), sport)));
    expect(longestOf('bike')).toBeGreaterThanOrEqual(3 * 3600 - 60);
    expect(longestOf('bike')).toBeLessThanOrEqual(3.5 * 3600 + 60);
    expect(longestOf('run')).toBeGreaterThanOrEqual(1.5 * 3600 - 60);
    expect(longestOf('run')).toBeLessThanOrEqual(1.75 * 3600 + 60);
    for (const w of peak) {
      const bricked = plan.days
        .filter((d) => d.date >= w.startDate && d.date <= addDays(w.startDate, 6))
        .some((d) => d.sessions.some((s) => s.definition.category === 'brick'));
      expect(bricked, `brick in week ${w.index}`).toBe(true);
    }
  });
});
