import { useState, type ReactNode } from 'react';
import { FormDialog } from '../../components/FormDialog';

/** Reasons coaches give most often; one click fills the field, which stays editable. */
export const CHANGE_REASONS = [
  'Athlete travelling',
  'Illness',
  'Work or family commitments',
  'Fatigue or poor recovery',
  'Niggle or injury',
  'Weather or facility',
  "Coach's judgement",
] as const;

/**
 * Every plan edit asks why before it is saved, so the change log can answer "why did my Thursday
 * change?" months later. The edit runs only on confirm; cancelling changes nothing.
 */
export function ReasonDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  return (
    <FormDialog
      title={title}
      submitLabel={confirmLabel}
      submitClass="solid"
      className="reason-dialog"
      canSubmit={reason.trim() !== ''}
      onSubmit={() => onConfirm(reason.trim())}
      onClose={onClose}
    >
      {(fieldId) => (
        <>
          {children}
          <fieldset className="reason-presets">
            <legend>Why? (saved in the plan's change log)</legend>
            {CHANGE_REASONS.map((preset) => (
              <button
                key={preset}
                type="button"
                className={`chip${reason === preset ? ' selected' : ''}`}
                aria-pressed={reason === preset}
                onClick={() => setReason(preset)}
              >
                {preset}
              </button>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={fieldId('reason')}>Reason</label>
            <input
              id={fieldId('reason')}
              type="text"
              value={reason}
              maxLength={500}
              placeholder="e.g. Ana flies to Denver on Thursday"
              onChange={(e) => setReason(e.target.value)}
              autoFocus
            />
          </div>
        </>
      )}
    </FormDialog>
  );
}
