import { addDays, weekdayIndex } from '../../../../src-main/common/domain/dates';
import type { LifeEvent } from '../../../../src-main/common/domain/planner/calendar-limits';
import type { HistoryActivity } from '../../../../src-main/common/domain/planner/training-history';

/** A generated training history: a year of activities and the events that interrupted it. */
export interface GeneratedHistory {
  name: string;
  activities: HistoryActivity[];
  interruptions: LifeEvent[];
}

interface Week {
  /** Hours per sport this week. */
  hours: Partial<Record<'run' | 'bike' | 'swim', number>>;
}

/** TSS per hour of mostly easy training with some quality (IF ≈ 0.75). */
const LOAD_PER_HOUR = 56;
/** Easy running at 5:45/km, riding at 28 km/h, swimming at 2:05/100 m. */
const METERS_PER_HOUR = { run: 10_435, bike: 28_000, swim: 2_880 };

/**
 * Lays a week's hours per sport over the days the way athletes train: a long session on Sunday (a third of
 * the sport's time for runs, 40 % for rides), the rest over Tuesday, Wednesday, Thursday and Saturday.
 */
function weekActivities(monday: string, week: Week): HistoryActivity[] {
  const activities: HistoryActivity[] = [];
  for (const [sport, hours] of Object.entries(week.hours) as ['run' | 'bike' | 'swim', number][]) {
    if (!(hours > 0)) continue;
    const longShare = sport === 'swim' ? 0 : sport === 'run' ? 0.33 : 0.4;
    const longDay = sport === 'run' && week.hours.bike ? 5 : 6;
    const parts: [number, number][] = longShare > 0 ? [[longDay, hours * longShare]] : [];
    const rest = hours * (1 - longShare);
    const days = sport === 'swim' ? [0, 3] : sport === 'bike' ? [1, 3] : [1, 2, 4];
    for (const d of days) parts.push([d, rest / days.length]);
    for (const [day, h] of parts) {
      const seconds = Math.round(h * 3600);
      activities.push({
        date: addDays(monday, day),
        sport,
        seconds,
        meters: Math.round(h * METERS_PER_HOUR[sport]),
        load: Math.round(h * LOAD_PER_HOUR * 10) / 10,
      });
    }
  }
  return activities;
}

/** A year of weeks ending the Sunday before `firstDay` (a Monday), newest last, from a week function. */
function history(
  name: string,
  firstDay: string,
  weekOf: (weeksAgo: number) => Week,
  interruptions: LifeEvent[] = [],
): GeneratedHistory {
  if (weekdayIndex(firstDay) !== 0) throw new Error('history fixtures start on a Monday');
  const activities: HistoryActivity[] = [];
  for (let weeksAgo = 52; weeksAgo >= 1; weeksAgo -= 1)
    activities.push(...weekActivities(addDays(firstDay, -7 * weeksAgo), weekOf(weeksAgo)));
  return { name, activities, interruptions };
}

/** A 3:1 rhythm the athlete already trains in: every fourth week at 70 %. */
const RHYTHM_STEP_BACK = 0.7;
const rhythm = (weeksAgo: number, hours: number) => (weeksAgo % 4 === 0 ? RHYTHM_STEP_BACK * hours : hours);

/** The scenarios the planner must start sensibly from, all for a block whose first day is `firstDay`. */
export function historyScenarios(firstDay: string): GeneratedHistory[] {
  const runner = (h: number): Week => ({ hours: { run: h } });
  return [
    history('steady runner', firstDay, (w) => runner(rhythm(w, 4.5))),
    history('holiday last week', firstDay, (w) => runner(w === 1 ? 1.5 : rhythm(w, 5))),
    history('returning from illness', firstDay, (w) => runner(w <= 2 ? 1 + w * 0.5 : rhythm(w, 5.5)), [
      { kind: 'illness', startDate: addDays(firstDay, -16), endDate: addDays(firstDay, -6), title: 'Flu' },
    ]),
    history('detrained', firstDay, (w) => runner(w <= 10 ? 1.2 : rhythm(w, 6))),
    history('high volume', firstDay, (w) => runner(rhythm(w, 11))),
    history('triathlete, uneven sports', firstDay, (w) => ({
      hours: { swim: 0.8, bike: rhythm(w, 4.5), run: rhythm(w, 1.7) },
    })),
  ];
}

/**
 * The worked runner, averaging 45 km a week: their 3:1 rhythm's loading weeks run about 48.6 km
 * (4.7 h) so that a four-week cycle with its 70 % week averages 45, and a holiday week comes just before the block.
 */
export function runner45Km(firstDay: string): GeneratedHistory {
  const hours = (4 * 45_000) / (3 + RHYTHM_STEP_BACK) / METERS_PER_HOUR.run;
  return history('45 km/week runner', firstDay, (w) => ({ hours: { run: w === 1 ? hours * 0.35 : rhythm(w, hours) } }));
}

/** The worked triathlete: about 7 h a week, 1 h swim, 4 h bike, 2 h run. */
export function triathlete7h(firstDay: string): GeneratedHistory {
  return history('7 h/week triathlete', firstDay, (w) => ({
    hours: { swim: 1, bike: rhythm(w, 4), run: rhythm(w, 2) },
  }));
}
