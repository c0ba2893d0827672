import { findEpisodes, SEVERITY_CODE } from '../episodes';
import { formatDateRange, formatDay, formatPercent, plural } from '../../../format';
import type { PlannedSessionInput } from '../types';
import { episodeDates, round, type RawFinding, type RuleScope } from './rule-scope';

/** A key session counts as done from 80 % of its planned time: the lower edge of green compliance (docs/domain.md#compliance). */
const DONE_SHARE = 0.8;

const doneShare = (p: PlannedSessionInput) => (p.plannedSeconds > 0 ? (p.completedSeconds ?? 0) / p.plannedSeconds : 1);

/**
 * Missed or shortened key sessions: on each day with a key session, the share of the window's key sessions
 * done. Only days holding a key session are judged, and sessions of today count only once done, because
 * the day is not over.
 */
export function complianceDropFindings(scope: RuleScope): RawFinding[] {
  const s = scope.settings.complianceDrop;
  const { timeline } = scope;
  const n = timeline.length;
  const today = n - 1;
  const planned = new Uint16Array(n);
  const done = new Uint16Array(n);
  const sessionsByDay = new Map<number, PlannedSessionInput[]>();
  for (const p of scope.input.planned) {
    if (!p.key) continue;
    const i = timeline.indexOf(p.date);
    const complete = doneShare(p) >= DONE_SHARE;
    if (i < 0 || i > today || (i === today && !complete)) continue;
    planned[i]!++;
    if (complete) done[i]!++;
    const list = sessionsByDay.get(i);
    if (list) list.push(p);
    else sessionsByDay.set(i, [p]);
  }
  const days = new Uint8Array(n);
  let windowPlanned = 0;
  let windowDone = 0;
  for (let d = 0; d < n; d++) {
    windowPlanned += planned[d]!;
    windowDone += done[d]!;
    if (d >= s.windowDays) {
      windowPlanned -= planned[d - s.windowDays]!;
      windowDone -= done[d - s.windowDays]!;
    }
    if (planned[d] === 0 || windowPlanned < s.minKeySessions) continue;
    if (windowDone / windowPlanned < s.minKeyCompletion)
      days[d] = windowDone === 0 ? SEVERITY_CODE.critical : SEVERITY_CODE.warning;
  }

  // Key sessions of one slump lie several days apart: a window's length joins them into one episode.
  return findEpisodes(days, s.windowDays).map((episode) => {
    const iso = timeline.isoOf;
    const from = Math.max(0, episode.start - s.windowDays + 1);
    const sessions = [...sessionsByDay.entries()]
      .filter(([i]) => i >= from && i <= episode.end)
      .flatMap(([, list]) => list);
    const missed = sessions.filter((p) => doneShare(p) < DONE_SHARE);
    const describe = (p: PlannedSessionInput) => {
      const share = doneShare(p);
      const what = share === 0 ? 'missed' : `${formatPercent(share)} done`;
      return `${formatDay(p.date)} ${p.name} (${what})`;
    };
    return {
      rule: 'compliance-drop' as const,
      ...episodeDates(scope, episode, s.windowDays),
      date: iso(episode.end),
      reason: `${missed.length} of ${plural(sessions.length, 'key session')} missed or cut short in ${formatDateRange(iso(from), iso(episode.end))}: ${missed.slice(0, 6).map(describe).join('; ')}${missed.length > 6 ? '; …' : ''}`,
      headline: `${plural(missed.length, 'key session')} missed or cut short`,
      evidence: {
        metric: 'Key-session completion',
        unit: '%',
        points: sessions.map((p) => ({ date: p.date, value: round(doneShare(p) * 100) })),
        baseline: null,
        threshold: round(s.minKeyCompletion * 100),
        chart: { kind: 'plan', from: iso(from), to: iso(episode.end) },
      },
    };
  });
}
