import { daysBetween } from '../../dates';
import { analyseNote, formatBodyLocation, type NoteAnalysis } from '../note-analysis';
import { formatDayMonth } from '../../../format';
import type { NoteInput, Severity } from '../types';
import type { RawFinding, RuleScope } from './rule-scope';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };
const CATEGORY_LABEL = { pain: 'Pain', illness: 'Illness', medication: 'Medication' } as const;
const SOURCE_LABEL: Record<NoteInput['source'], string> = {
  coach: 'a coach note',
  athlete: 'an athlete note',
  wellness: 'the wellness log',
  activity: 'an activity note',
};
/**
 * Notes about the same complaint (category and body location) within a week of each other are one
 * episode: an athlete who writes "calf still sore" every day of an injury gets one anomaly, updated.
 */
const SAME_COMPLAINT_DAYS = 7;

interface ReadNote {
  note: NoteInput;
  analysis: NoteAnalysis;
}

const complaintOf = (a: NoteAnalysis) => `${a.category}|${a.location?.bodyPart ?? ''}|${a.location?.side ?? ''}`;

/**
 * One finding per complaint episode, starting on its first note's date; the worst (then latest) note
 * leads the reason and the evidence, the others are listed.
 */
export function injuryNoteFindings(scope: RuleScope): RawFinding[] {
  const read: ReadNote[] = [];
  for (const note of scope.input.notes) {
    if (note.date > scope.input.today) continue;
    const analysis = analyseNote(note.text);
    if (analysis) read.push({ note, analysis });
  }
  read.sort((a, b) => a.note.date.localeCompare(b.note.date));
  const episodes: ReadNote[][] = [];
  const openByComplaint = new Map<string, ReadNote[]>();
  for (const r of read) {
    const key = complaintOf(r.analysis);
    const open = openByComplaint.get(key);
    if (open && daysBetween(open.at(-1)!.note.date, r.note.date) <= SAME_COMPLAINT_DAYS) {
      open.push(r);
      continue;
    }
    const episode = [r];
    episodes.push(episode);
    openByComplaint.set(key, episode);
  }
  // Two complaints starting on one day would share an identity: the worse one leads, the other is listed.
  const byStart = new Map<string, ReadNote[]>();
  for (const episode of episodes) {
    const start = episode[0]!.note.date;
    byStart.set(start, [...(byStart.get(start) ?? []), ...episode]);
  }
  return [...byStart.entries()].map(([start, notes]) => noteFinding(scope, start, notes));
}

function noteFinding(scope: RuleScope, start: string, notes: ReadNote[]): RawFinding {
  // The worst note leads; among equals the latest, because it says how things stand now.
  const lead = notes.reduce((worst, r) =>
    SEVERITY_RANK[r.analysis.severity] >= SEVERITY_RANK[worst.analysis.severity] ? r : worst,
  );
  const { note, analysis } = lead;
  const last = notes.reduce((latest, r) => (r.note.date > latest ? r.note.date : latest), start);
  const sentence = note.text.slice(analysis.highlight.start, analysis.highlight.end);
  const where = analysis.location ? ` (${formatBodyLocation(analysis.location)})` : '';
  const score = analysis.painScore !== null ? `, ${analysis.painScore}/10` : '';
  const others = notes.length - 1;
  const more = others > 0 ? `; ${others} more note${others === 1 ? '' : 's'} to ${formatDayMonth(last)}` : '';
  return {
    rule: 'injury-note',
    severity: analysis.severity,
    episodeStart: start,
    episodeEnd: last,
    ongoing: daysBetween(last, scope.input.today) <= SAME_COMPLAINT_DAYS,
    date: last,
    reason: `${CATEGORY_LABEL[analysis.category]}${where}${score} in ${SOURCE_LABEL[note.source]} of ${formatDayMonth(note.date)}: “${sentence}”${more}`,
    headline: analysis.location
      ? `${analysis.category} in the ${formatBodyLocation(analysis.location)}`
      : `${analysis.category} in notes`,
    evidence: {
      metric: 'Note',
      unit: '',
      points: notes.map((r) => ({ date: r.note.date, value: null })),
      baseline: null,
      threshold: null,
      chart: { kind: 'notes', from: start, to: last },
      note: {
        ref: note.ref,
        text: note.text,
        highlight: analysis.highlight,
        category: analysis.category,
        location: analysis.location,
      },
      facts: {
        'Words found': analysis.terms.join(', '),
        ...(others > 0
          ? {
              'Other notes': notes
                .filter((r) => r !== lead)
                .map((r) => r.note.ref)
                .join(', '),
            }
          : {}),
      },
    },
  };
}
