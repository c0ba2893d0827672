import { useState } from 'react';
import type { AnomalyDetail } from '../../../src-main/common/contract';
import { InjuryForm, injuryTitle } from '../athlete/InjuryLog';

type NoteFinding = NonNullable<AnomalyDetail['evidence']['note']>;

const CATEGORY_LABELS: Record<NoteFinding['category'], string> = {
  pain: 'Pain',
  illness: 'Illness',
  medication: 'Medication',
};

/** "achilles" as found in the note reads as "Achilles" in the injury log. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The note as written, with the sentence that raised the finding marked. */
function HighlightedNote({ note }: { note: NoteFinding }) {
  const { start, end } = note.highlight;
  return (
    <blockquote className="note-quote">
      {note.text.slice(0, start)}
      <mark>{note.text.slice(start, end)}</mark>
      {note.text.slice(end)}
    </blockquote>
  );
}

/**
 * A pain or illness note: what was found and where, and — for pain — the way from the note to an
 * injury record, prefilled with the body part, side and the note's day.
 */
export function NoteEvidence({ anomaly }: { anomaly: AnomalyDetail }) {
  const note = anomaly.evidence.note!;
  const [logging, setLogging] = useState(false);
  const [logged, setLogged] = useState<string>();
  const alreadyLogged = anomaly.injuries.find((injury) => injury.sourceAnomalyId === anomaly.id);
  return (
    <div className="note-evidence">
      <p>
        <span className="badge">{CATEGORY_LABELS[note.category]}</span>{' '}
        {note.location ? (
          <>
            Location: <strong>{injuryTitle(note.location)}</strong>
          </>
        ) : (
          <span className="muted">No body part named</span>
        )}
      </p>
      <HighlightedNote note={note} />
      {logged || alreadyLogged ? (
        <p role="status">
          Logged as an injury: <strong>{logged ?? injuryTitle(alreadyLogged!)}</strong>.{' '}
          <a href={`#/athletes/${anomaly.athleteId}`}>See the athlete's injury log</a>
        </p>
      ) : logging ? (
        <InjuryForm
          athleteId={anomaly.athleteId}
          initial={{
            bodyPart: capitalised(note.location?.bodyPart ?? ''),
            side: note.location?.side ?? null,
            startedOn: anomaly.episodeStart,
            sourceAnomalyId: anomaly.id,
          }}
          onSaved={(injury) => {
            setLogging(false);
            setLogged(injuryTitle(injury));
          }}
          onCancel={() => setLogging(false)}
        />
      ) : (
        note.category !== 'illness' && (
          <button type="button" onClick={() => setLogging(true)}>
            Log injury
          </button>
        )
      )}
    </div>
  );
}
