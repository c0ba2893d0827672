import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';

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
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const id = useId();

  useEffect(() => dialogRef.current?.showModal(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      await onConfirm(reason.trim());
      onClose();
    } catch (failure) {
      setSaving(false);
      setError(failure);
    }
  }

  return (
    <dialog ref={dialogRef} onClose={onClose} aria-labelledby={`${id}-title`} className="reason-dialog">
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>{title}</h2>
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
          <label htmlFor={`${id}-reason`}>Reason</label>
          <input
            id={`${id}-reason`}
            type="text"
            value={reason}
            maxLength={500}
            placeholder="e.g. Ana flies to Denver on Thursday"
            onChange={(e) => setReason(e.target.value)}
            autoFocus
          />
        </div>
        {error !== undefined && <ErrorBanner error={error} />}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="solid" disabled={reason.trim() === '' || saving}>
            {saving ? 'Saving…' : confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
