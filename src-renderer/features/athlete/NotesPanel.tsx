import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { formatDate } from '../../format/dates';
import { useAthleteToday, WhenAthleteTodayKnown } from './athlete-today';

const SHOWN_AT_FIRST = 6;

/** A new note, dated the athlete's today unless the coach picks another day. */
function NoteForm({ athleteId, onAdded }: { athleteId: number; onAdded: () => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [author, setAuthor] = useState<'coach' | 'athlete'>('coach');
  const today = useAthleteToday();
  const [date, setDate] = useState(today);
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      await api.call('notes.add', { athleteId, date, author, text });
      setText('');
      onAdded();
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
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
          <button type="submit" disabled={saving || text.trim() === ''}>
            {saving ? 'Saving…' : 'Add note'}
          </button>
        </div>
      </form>
      {error !== undefined && <ErrorBanner error={error} />}
    </>
  );
}

/**
 * Dated notes by the coach or in the athlete's words. The inbox reads them too: a note that mentions
 * pain or illness becomes an anomaly with the sentence highlighted.
 */
export function NotesPanel({ athleteId }: { athleteId: number }) {
  const notes = useQuery('notes.list', { athleteId });
  const [showAll, setShowAll] = useState(false);
  const sorted = [...(notes.data ?? [])].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
  const shown = showAll ? sorted : sorted.slice(0, SHOWN_AT_FIRST);
  return (
    <>
      <h2 id="notes-title">Notes</h2>
      <WhenAthleteTodayKnown>
        <NoteForm athleteId={athleteId} onAdded={notes.reload} />
      </WhenAthleteTodayKnown>
      {notes.error && <ErrorBanner error={notes.error} onRetry={notes.reload} />}
      {notes.loading && <Loading what="notes" />}
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
