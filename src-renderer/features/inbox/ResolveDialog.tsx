import { useState } from 'react';
import { ANOMALY_CAUSES, type AnomalyCause, type AnomalyView } from '../../../src-main/common/contract';
import { FormDialog } from '../../components/FormDialog';
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
  const [cause, setCause] = useState<AnomalyCause>(
    anomaly.context[0] ? contextCause(anomaly.context[0].kind) : 'training',
  );
  const [note, setNote] = useState('');

  return (
    <FormDialog
      title={`Resolve: ${anomaly.ruleLabel}`}
      submitLabel="Resolve"
      onSubmit={() => onResolve(cause, note.trim())}
      onClose={onClose}
    >
      {(fieldId) => (
        <>
          <p className="muted">
            {anomaly.athleteName} · {anomaly.reason}
          </p>
          <div className="field">
            <label htmlFor={fieldId('cause')}>Cause</label>
            <select
              id={fieldId('cause')}
              value={cause}
              onChange={(e) => setCause(e.target.value as AnomalyCause)}
              autoFocus
            >
              {ANOMALY_CAUSES.map((option) => (
                <option key={option} value={option}>
                  {CAUSE_LABELS[option]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={fieldId('note')}>Note (optional)</label>
            <input
              id={fieldId('note')}
              type="text"
              value={note}
              maxLength={2000}
              placeholder="e.g. flew back from Tokyo on Sunday"
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
        </>
      )}
    </FormDialog>
  );
}

/** A logged event around the anomaly is the likeliest cause, so it is preselected (the coach can change it). */
function contextCause(kind: AnomalyView['context'][number]['kind']): AnomalyCause {
  return kind === 'note' ? 'other' : kind;
}
