import { useId, useState, type FormEvent } from 'react';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { formatDate } from '../../format/dates';
import { useAthleteToday, WhenAthleteTodayKnown } from './athlete-today';

const SHOWN_AT_FIRST = 6;

/** A new note, dated the athlete's today unless the coach picks another day. */
function NoteForm({ athleteId }: { athleteId: number }) {
  const id = useId();
  const [text, setText] = useState('');
  const [author, setAuthor] = useState<'coach' | 'athlete'>('coach');
  const today = useAthleteToday();
  const [date, setDate] = useState(today);
  const add = useCallMutation('notes.add');

  function submit(event: FormEvent) {
    event.preventDefault();
    add.run({ athleteId, date, author, text }, () => setText(''));
  }

  return (
    <>
      <form className="note-form" onSubmit={submit} aria-label="Add a note">
        <label htmlFor={`${id}-text`} className="visually-hidden-input">
          Note
        </label>
        <textarea
          id={`${id}-text`}
          rows={2}
          value={text}
          maxLength={5000}
          placeholder="e.g. Left calf tight after Sunday's long run"
          onChange={(e) => setText(e.target.value)}
        />
        <div className="toolbar">
          <label>
            Date <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
          </label>
          <label>
            Written by{' '}
            <select value={author} onChange={(e) => setAuthor(e.target.value as 'coach' | 'athlete')}>
              <option value="coach">Coach</option>
              <option value="athlete">Athlete</option>
            </select>
          </label>
          <button type="submit" disabled={add.pending || text.trim() === ''}>
            {add.pending ? 'Saving…' : 'Add note'}
          </button>
        </div>
      </form>
      {add.error && <ErrorBanner error={add.error} />}
    </>
  );
}

/**
 * Dated notes by the coach or in the athlete's words. The inbox reads them too: a note that mentions
 * pain or illness becomes an anomaly with the sentence highlighted.
 */
export function NotesPanel({ athleteId }: { athleteId: number }) {
  const notes = useCall('notes.list', { athleteId });
  const [showAll, setShowAll] = useState(false);
  const sorted = [...(notes.data ?? [])].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
  const shown = showAll ? sorted : sorted.slice(0, SHOWN_AT_FIRST);
  return (
    <>
      <h2 id="notes-title">Notes</h2>
      <WhenAthleteTodayKnown>
        <NoteForm athleteId={athleteId} />
      </WhenAthleteTodayKnown>
      {notes.error && <ErrorBanner error={notes.error} onRetry={notes.refetch} />}
      {notes.isPending && <Loading what="notes" />}
      {notes.data &&
        (sorted.length === 0 ? (
          <p className="muted">No notes yet.</p>
        ) : (
          <ul className="event-list" aria-label="Notes">
            {shown.map((note) => (
              <li key={note.id}>
                <div className="muted">
                  {formatDate(note.date)} · {note.author === 'coach' ? 'Coach' : 'Athlete'}
                </div>
                <div>{note.text}</div>
              </li>
            ))}
          </ul>
        ))}
      {sorted.length > SHOWN_AT_FIRST && (
        <button type="button" className="link" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${sorted.length}`}
        </button>
      )}
    </>
  );
}
