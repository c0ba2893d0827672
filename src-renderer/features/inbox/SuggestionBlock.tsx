import { useState } from 'react';
import type { AnomalyDetail } from '../../../src-main/common/contract';
import { api } from '../../api/client';
import { useCallMutation } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormDialog } from '../../components/FormDialog';
import { formatDate } from '../../format/dates';

function EditList({ suggestion }: { suggestion: NonNullable<AnomalyDetail['suggestion']> }) {
  return (
    <ul className="suggestion-edits">
      {suggestion.edits.map((edit) => (
        <li key={`${edit.plannedWorkoutId}-${edit.kind}`}>
          <span className="nowrap">{formatDate(edit.date)}</span>:{' '}
          {edit.kind === 'remove' ? (
            <>
              remove <strong>{edit.from}</strong> (rest day)
            </>
          ) : (
            <>
              <s>{edit.from}</s> → <strong>{edit.to?.name}</strong>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Rejecting says why, so the next suggestion for this athlete can be read against it. */
function RejectDialog({ onReject, onClose }: { onReject: (why: string) => Promise<void>; onClose: () => void }) {
  const [why, setWhy] = useState('');
  return (
    <FormDialog
      title="Reject the suggestion"
      submitLabel="Reject"
      canSubmit={why.trim() !== ''}
      onSubmit={() => onReject(why.trim())}
      onClose={onClose}
    >
      {(fieldId) => (
        <div className="field">
          <label htmlFor={fieldId('why')}>Why?</label>
          <input
            id={fieldId('why')}
            type="text"
            value={why}
            maxLength={1000}
            placeholder="e.g. she feels fine; the race is in 5 days"
            onChange={(e) => setWhy(e.target.value)}
            autoFocus
          />
        </div>
      )}
    </FormDialog>
  );
}

/**
 * For load and recovery findings, what the plan's next days could look like instead. Nothing changes
 * until the coach applies it; applying goes through the plan's change log, rejecting records why.
 */
export function SuggestionBlock({ anomaly }: { anomaly: AnomalyDetail }) {
  const [rejecting, setRejecting] = useState(false);
  const applying = useCallMutation('anomalies.applySuggestion');
  // Once applied the server proposes nothing more, so the plan's id is kept from the suggestion itself.
  const [appliedPlanId, setAppliedPlanId] = useState<number>();

  if (anomaly.suggestionState === 'applied') {
    return (
      <p className="banner success" role="status">
        Suggestion applied to the plan{anomaly.suggestionNote ? `: ${anomaly.suggestionNote}` : '.'}{' '}
        {appliedPlanId !== undefined && <a href={`#/planner/${appliedPlanId}`}>Open the plan</a>}
      </p>
    );
  }
  if (anomaly.suggestionState === 'rejected') {
    return <p className="muted">Suggestion rejected: {anomaly.suggestionNote}</p>;
  }
  if (!anomaly.suggestion) {
    return anomaly.suggestionUnavailable ? (
      <p className="muted">No plan change suggested: {anomaly.suggestionUnavailable}</p>
    ) : null;
  }
  const suggestion = anomaly.suggestion;

  return (
    <div className="suggestion">
      <p>
        <strong>{suggestion.summary}</strong>
      </p>
      <EditList suggestion={suggestion} />
      {applying.error && <ErrorBanner error={applying.error} />}
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          disabled={applying.pending}
          onClick={() => applying.run({ id: anomaly.id }, () => setAppliedPlanId(suggestion.planId))}
        >
          {applying.pending ? 'Applying…' : 'Apply to plan'}
        </button>
        <button type="button" onClick={() => setRejecting(true)}>
          Reject…
        </button>
        <a href={`#/planner/${suggestion.planId}`}>Open the plan</a>
      </div>
      {rejecting && (
        <RejectDialog
          onReject={async (why) => {
            await api.call('anomalies.rejectSuggestion', { id: anomaly.id, why });
          }}
          onClose={() => setRejecting(false)}
        />
      )}
    </div>
  );
}
