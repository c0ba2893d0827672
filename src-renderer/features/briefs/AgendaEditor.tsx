import { useId, useState } from 'react';
import { useCallMutation } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';

/**
 * The call's agenda. Until the coach saves one, the server offers a draft drawn from the brief; it is
 * marked "draft" so nobody mistakes it for the coach's own words.
 */
export function AgendaEditor({ athleteId, agenda, saved }: { athleteId: number; agenda: string; saved: boolean }) {
  const id = useId();
  const [text, setText] = useState(agenda);
  const save = useCallMutation('briefs.saveAgenda');
  const edited = text !== agenda;

  return (
    <div className="agenda">
      <div className="card-header">
        <h2 id={`${id}-title`}>
          <label htmlFor={`${id}-text`}>Agenda</label>
        </h2>
        {(!saved || edited) && (
          <span className="badge warn" data-testid="agenda-draft">
            {edited ? 'unsaved changes' : 'draft'}
          </span>
        )}
      </div>
      <textarea id={`${id}-text`} rows={8} value={text} maxLength={10_000} onChange={(e) => setText(e.target.value)} />
      {/* Printed instead of the textarea, which would cut long agendas off at its height. */}
      <div className="print-only agenda-print">{text}</div>
      {save.error && <ErrorBanner error={save.error} />}
      <div className="toolbar no-print">
        <button
          type="button"
          className="primary"
          disabled={save.pending || (saved && !edited)}
          onClick={() => save.run({ athleteId, agenda: text })}
        >
          {save.pending ? 'Saving…' : 'Save agenda'}
        </button>
        {edited && (
          <button type="button" onClick={() => setText(agenda)}>
            Undo changes
          </button>
        )}
      </div>
    </div>
  );
}
