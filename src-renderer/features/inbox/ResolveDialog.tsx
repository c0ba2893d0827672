import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ANOMALY_CAUSES, type AnomalyCause, type AnomalyView } from '../../../src-main/common/contract';
import { ErrorBanner } from '../../components/ErrorBanner';
import { CAUSE_LABELS } from './inbox-labels';

/**
 * Resolving asks for the cause: the tagged cause is drawn on the athlete's charts and read as context
 * by later findings, so "jet lag" and "illness" stay told apart months later.
 */
export function ResolveDialog({
  anomaly,
  onResolve,
  onClose,
}: {
  anomaly: AnomalyView;
  onResolve: (cause: AnomalyCause, note: string) => Promise<void>;
  onClose: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [cause, setCause] = useState<AnomalyCause>(anomaly.context[0] ? contextCause(anomaly.context[0].kind) : 'training');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const id = useId();

  useEffect(() => dialogRef.current?.showModal(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      await onResolve(cause, note.trim());
      onClose();
    } catch (failure) {
      setSaving(false);
      setError(failure);
    }
  }

  return (
    <dialog ref={dialogRef} onClose={onClose} aria-labelledby={`${id}-title`}>
      <form onSubmit={submit} className="stack">
        <h2 id={`${id}-title`}>Resolve: {anomaly.ruleLabel}</h2>
        <p className="muted">
          {anomaly.athleteName} · {anomaly.reason}
        </p>
        <div className="field">
          <label htmlFor={`${id}-cause`}>Cause</label>
          <select id={`${id}-cause`} value={cause} onChange={(e) => setCause(e.target.value as AnomalyCause)} autoFocus>
            {ANOMALY_CAUSES.map((option) => (
              <option key={option} value={option}>
                {CAUSE_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>Note (optional)</label>
          <input
            id={`${id}-note`}
            type="text"
            value={note}
            maxLength={2000}
            placeholder="e.g. flew back from Tokyo on Sunday"
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        {error !== undefined && <ErrorBanner error={error} />}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Resolve'}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** A logged event around the anomaly is the likeliest cause, so it is preselected (the coach can change it). */
function contextCause(kind: AnomalyView['context'][number]['kind']): AnomalyCause {
  return kind === 'note' ? 'other' : kind;
}
