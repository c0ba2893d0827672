import { describe, expect, it } from 'vitest';
import { evaluateAnomalies } from '../../../../src-main/common/domain/anomalies/evaluate';
import {
  analyseNote,
  formatBodyLocation,
  splitSentences,
} from '../../../../src-main/common/domain/anomalies/note-analysis';
import { emptyInput } from './histories';

const highlighted = (text: string) => {
  const a = analyseNote(text)!;
  return text.slice(a.highlight.start, a.highlight.end);
};

describe('injury notes', () => {
  it('raises an injury-note anomaly with location "achilles, left" for sharp pain after the long run', () => {
    const text = 'Great weather. sharp pain in left achilles after the long run';
    const input = emptyInput('2025-03-09', {
      notes: [{ ref: 'note:12', date: '2025-03-09', source: 'athlete', text }],
    });
    const [finding, ...others] = evaluateAnomalies(input);
    expect(others).toEqual([]);
    expect(finding!.rule).toBe('injury-note');
    expect(finding!.episodeStart).toBe('2025-03-09');
    expect(formatBodyLocation(finding!.evidence.note!.location!)).toBe('achilles, left');
    expect(finding!.evidence.note!.ref).toBe('note:12');
    expect(finding!.evidence.note!.category).toBe('pain');
    const { start, end } = finding!.evidence.note!.highlight;
    expect(text.slice(start, end)).toBe('sharp pain in left achilles after the long run');
    expect(finding!.severity).toBe('critical');
    expect(finding!.reason).toContain('achilles, left');
    expect(finding!.adjustment).toBeNull();
  });

  it.each([
    'No pain in the knee today.',
    'Ran pain-free for the first time in weeks.',
    'Long run without any soreness in the calf.',
    'Knee no longer hurts.',
    'Calf pain free on the hills.',
    'Felt strong, legs sore after the long run.',
    'Cold and windy morning, 10 km easy.',
    'Tight schedule at work, trained at lunch.',
  ])('raises nothing for "%s"', (text) => {
    expect(analyseNote(text)).toBeNull();
  });

  it('still reports what a negation does not cover', () => {
    const a = analyseNote('No pain, but some swelling around the right ankle.')!;
    expect(a.category).toBe('pain');
    expect(a.location).toEqual({ bodyPart: 'ankle', side: 'right' });
    expect(a.severity).toBe('critical');
  });

  it.each([
    ['R calf tight after intervals, 3/10.', { bodyPart: 'calf', side: 'right' }, 'warning'],
    ['Niggle in the L hamstring.', { bodyPart: 'hamstring', side: 'left' }, 'warning'],
    ['Inner shins sore after the mileage jump, 4/10.', { bodyPart: 'shin', side: 'both' }, 'warning'],
    [
      'Outside of right knee hurts from 30 min into runs, 6/10 on descents.',
      { bodyPart: 'knee', side: 'right' },
      'critical',
    ],
    ['Lower back stiff after 3 h rides.', { bodyPart: 'lower back', side: null }, 'warning'],
    ['Left IT band painful on the descents.', { bodyPart: 'IT band', side: 'left' }, 'warning'],
  ] as const)('reads the body location of "%s"', (text, location, severity) => {
    const a = analyseNote(text)!;
    expect(a.category).toBe('pain');
    expect(a.location).toEqual(location);
    expect(a.severity).toBe(severity);
  });

  it('reads illness and medication, illness first', () => {
    expect(analyseNote('Woke up with a sore throat and a fever.')!.category).toBe('illness');
    expect(analyseNote('Caught a cold from the kids.')!.category).toBe('illness');
    const meds = analyseNote('Took ibuprofen before bed.')!;
    expect(meds.category).toBe('medication');
    expect(meds.severity).toBe('info');
    const text = 'Took two paracetamol. Feeling sick since lunch.';
    expect(analyseNote(text)!.category).toBe('illness');
    expect(highlighted(text)).toBe('Feeling sick since lunch.');
  });

  it('keeps decimals and scores inside one sentence', () => {
    const text = 'Fever 38.4 °C, aching legs. Full rest until 24 h without fever.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Fever 38.4 °C, aching legs.',
      'Full rest until 24 h without fever.',
    ]);
    expect(highlighted(text)).toBe('Fever 38.4 °C, aching legs.');
  });

  it('keeps one finding while the athlete keeps writing about the same complaint', () => {
    const sore = (date: string, i: number) => ({
      ref: `wellness:${date}`,
      date,
      source: 'wellness' as const,
      text: `Right calf still tight (${i}/10).`,
    });
    const notes = ['2025-03-03', '2025-03-05', '2025-03-09'].map((d, i) => sore(d, 3 + i));
    const firstTwo = evaluateAnomalies(emptyInput('2025-03-06', { notes: notes.slice(0, 2) }));
    const all = evaluateAnomalies(emptyInput('2025-03-10', { notes }));
    expect(firstTwo.map((f) => f.episodeStart)).toEqual(['2025-03-03']);
    expect(all.map((f) => [f.episodeStart, f.episodeEnd])).toEqual([['2025-03-03', '2025-03-09']]);
    expect(all[0]!.reason).toBe(
      'Pain (calf, right), 5/10 in the wellness log of 9 Mar: “Right calf still tight (5/10).”; 2 more notes to 9 Mar',
    );
    // A week and more later it is a new episode.
    const later = evaluateAnomalies(emptyInput('2025-03-30', { notes: [...notes, sore('2025-03-25', 2)] }));
    expect(later.map((f) => f.episodeStart)).toEqual(['2025-03-03', '2025-03-25']);
  });

  it('raises one finding per note day, led by the worst note', () => {
    const notes = [
      { ref: 'wellness:2025-03-09', date: '2025-03-09', source: 'wellness' as const, text: 'Took ibuprofen.' },
      { ref: 'note:3', date: '2025-03-09', source: 'coach' as const, text: 'Says the left knee is swollen.' },
    ];
    const findings = evaluateAnomalies(emptyInput('2025-03-10', { notes }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence.note!.ref).toBe('note:3');
    expect(findings[0]!.reason).toContain('1 more note to 9 Mar');
  });
});
