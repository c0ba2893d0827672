/**
 * Plan-versus-actual compliance in TrainingPeaks' colours (docs/domain.md#compliance): completed ÷ planned duration within
 * ±20 % is green; 50–79 % or 121–150 % yellow; under 50 %, over 150 % or missed red. Load is compared the
 * same way where both sides have one, and the worse of the two colours wins, because a session done for
 * the planned time at twice the planned intensity did not go as planned either.
 */
export type ComplianceColour = 'green' | 'yellow' | 'red';

export interface Compliance {
  colour: ComplianceColour;
  /** Completed ÷ planned duration; 0 when missed. */
  durationRatio: number;
  /** Completed ÷ planned load; null when either side has no load. */
  loadRatio: number | null;
  /** For a tooltip: "52 of 60 min (87 %)". */
  explanation: string;
}

const COLOUR_RANK: Record<ComplianceColour, number> = { green: 0, yellow: 1, red: 2 };

/**
 * The bands in whole percent of the plan. Over 100 % is not over-doing by itself: a session run a few
 * minutes long went as planned, so green reaches 20 % either side, and only past that does more than
 * planned turn yellow, as less than planned does.
 */
const AS_PLANNED = { from: 80, to: 120 };
const OFF_PLAN = { from: 50, to: 150 };

/** The rule in the coach's words (the UI shows yellow as amber), for tooltips beside the colours. */
export const COMPLIANCE_RULE =
  `green ${AS_PLANNED.from}–${AS_PLANNED.to} % of plan, amber ${OFF_PLAN.from}–${AS_PLANNED.from - 1} % or ` +
  `${AS_PLANNED.to + 1}–${OFF_PLAN.to} %, red under ${OFF_PLAN.from} %, over ${OFF_PLAN.to} % or missed`;

export function colourOfRatio(ratio: number): ComplianceColour {
  // Percent, rounded, so 79.6 % reads and colours as 80 %.
  const percent = Math.round(ratio * 100);
  if (percent >= AS_PLANNED.from && percent <= AS_PLANNED.to) return 'green';
  if (percent >= OFF_PLAN.from && percent <= OFF_PLAN.to) return 'yellow';
  return 'red';
}

export function missedCompliance(plannedSeconds: number): Compliance {
  return {
    colour: 'red',
    durationRatio: 0,
    loadRatio: null,
    explanation: `missed: ${Math.round(plannedSeconds / 60)} min planned, nothing recorded`,
  };
}

export function sessionCompliance(
  planned: { seconds: number; load: number | null },
  actual: { seconds: number; load: number | null },
): Compliance {
  if (!(planned.seconds > 0)) throw new RangeError('a planned session needs a positive duration');
  const durationRatio = actual.seconds / planned.seconds;
  const loadRatio = planned.load && planned.load > 0 && actual.load !== null ? actual.load / planned.load : null;
  const colours = [colourOfRatio(durationRatio), ...(loadRatio === null ? [] : [colourOfRatio(loadRatio)])];
  const colour = colours.reduce((worst, c) => (COLOUR_RANK[c] > COLOUR_RANK[worst] ? c : worst));
  const minutes = `${Math.round(actual.seconds / 60)} of ${Math.round(planned.seconds / 60)} min (${Math.round(durationRatio * 100)} %)`;
  const load =
    loadRatio === null
      ? ''
      : `, load ${Math.round(actual.load!)} of ${Math.round(planned.load!)} (${Math.round(loadRatio * 100)} %)`;
  return { colour, durationRatio, loadRatio, explanation: minutes + load };
}

export interface PlannedForMatching {
  id: number;
  date: string;
  sport: string;
  seconds: number;
}

export interface DoneForMatching {
  id: number;
  date: string;
  sport: string;
  seconds: number;
}

/**
 * Pairs completed activities with planned sessions of the same day and sport. Where a day holds several
 * of one sport, the pairs are those whose durations are closest, so a double run day matches the long run
 * to the long activity. Returns planned id → activity id.
 */
export function matchActivitiesToPlan(
  planned: readonly PlannedForMatching[],
  done: readonly DoneForMatching[],
): Map<number, number> {
  const matches = new Map<number, number>();
  const groups = new Map<string, { planned: PlannedForMatching[]; done: DoneForMatching[] }>();
  const groupOf = (date: string, sport: string) => {
    const key = `${date}|${sport}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { planned: [], done: [] }));
    return group;
  };
  for (const p of planned) groupOf(p.date, p.sport).planned.push(p);
  for (const d of done) groupOf(d.date, d.sport).done.push(d);

  for (const { planned: ps, done: ds } of groups.values()) {
    const pairs = ps.flatMap((p) => ds.map((d) => ({ p, d, gap: Math.abs(p.seconds - d.seconds) })));
    pairs.sort((a, b) => a.gap - b.gap || a.p.id - b.p.id || a.d.id - b.d.id);
    const usedActivities = new Set<number>();
    for (const { p, d } of pairs) {
      if (matches.has(p.id) || usedActivities.has(d.id)) continue;
      matches.set(p.id, d.id);
      usedActivities.add(d.id);
    }
  }
  return matches;
}

export interface RecentCompliance {
  colour: ComplianceColour;
  /** Completed ÷ planned duration over the window, matched sessions only counting what was done. */
  ratio: number;
  sessionsPlanned: number;
  sessionsDone: number;
  explanation: string;
}

/**
 * Compliance over a window of days (the roster uses the last 7): completed ÷ planned duration of the
 * planned sessions, where a matched session counts what was recorded and a missed one counts zero. Null
 * when nothing was planned, because no plan is not the same as a missed plan.
 */
export function recentCompliance(
  planned: readonly PlannedForMatching[],
  done: readonly DoneForMatching[],
  days: number,
): RecentCompliance | null {
  if (planned.length === 0) return null;
  const matches = matchActivitiesToPlan(planned, done);
  const doneSeconds = new Map(done.map((d) => [d.id, d.seconds]));
  const plannedTotal = planned.reduce((sum, p) => sum + p.seconds, 0);
  if (!(plannedTotal > 0)) return null;
  const doneTotal = planned.reduce((sum, p) => sum + (doneSeconds.get(matches.get(p.id) ?? -1) ?? 0), 0);
  const ratio = doneTotal / plannedTotal;
  return {
    colour: colourOfRatio(ratio),
    ratio,
    sessionsPlanned: planned.length,
    sessionsDone: matches.size,
    explanation: `last ${days} days: ${matches.size} of ${planned.length} planned sessions done, ${Math.round(doneTotal / 60)} of ${Math.round(plannedTotal / 60)} min (${Math.round(ratio * 100)} %)`,
  };
}
