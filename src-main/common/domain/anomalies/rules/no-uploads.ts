import { findEpisodes, SEVERITY_CODE } from '../episodes';
import { formatDay, plural, withArticle } from '../../../format';
import { episodeDates, type RawFinding, type RuleScope } from './rule-scope';

/** Days on which nothing was uploaded although the last activity is `days` or more days old. */
export function noUploadsFindings(scope: RuleScope): RawFinding[] {
  const s = scope.settings.noUploads;
  const { timeline } = scope;
  const n = timeline.length;
  const sportOn: (string | undefined)[] = new Array(n);
  for (const a of scope.input.activities) {
    const i = timeline.indexOf(a.date);
    if (i >= 0 && i < n) sportOn[i] = a.sport;
  }
  const days = new Uint8Array(n);
  const lastBefore = new Int32Array(n).fill(-1);
  let last = -1;
  for (let d = 0; d < n; d++) {
    const uploaded = sportOn[d] !== undefined;
    if (uploaded) last = d;
    lastBefore[d] = last;
    // Before the first upload there is no history to miss: a new athlete is not "silent".
    if (!uploaded && last >= 0 && d - last >= s.days) days[d] = SEVERITY_CODE.warning;
  }
  return findEpisodes(days, 0).map((episode) => {
    const iso = timeline.isoOf;
    const lastIndex = lastBefore[episode.start]!;
    const lastDate = iso(lastIndex);
    const silent = episode.end - lastIndex;
    return {
      rule: 'no-uploads' as const,
      ...episodeDates(scope, episode, 0),
      date: iso(episode.end),
      reason: `No activity uploaded for ${plural(silent, 'day')}: the last was ${withArticle(sportOn[lastIndex] ?? 'session')} on ${formatDay(lastDate)}`,
      headline: `no uploads for ${plural(silent, 'day')}`,
      evidence: {
        metric: 'Days since the last upload',
        unit: 'days',
        points: [
          { date: lastDate, value: 0 },
          { date: iso(episode.end), value: silent },
        ],
        baseline: null,
        threshold: s.days,
        chart: { kind: 'weekly', from: iso(Math.max(0, lastIndex - 14)), to: iso(episode.end) },
      },
    };
  });
}
