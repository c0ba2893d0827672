import { ErrorBanner } from './ErrorBanner';

/**
 * A form's foot: the server's error (callers pass none when a field already shows it), Cancel, and the
 * submit button, which says what it is doing while the form is busy so a second click cannot send twice.
 */
export function FormActions({
  error,
  onCancel,
  submitLabel,
  busy,
  busyLabel = 'Saving…',
  submitClass = 'primary',
  canSubmit = true,
}: {
  error: unknown;
  onCancel: () => void;
  submitLabel: string;
  busy: boolean;
  busyLabel?: string;
  submitClass?: string;
  canSubmit?: boolean;
}) {
  return (
    <>
      {error !== undefined && <ErrorBanner error={error} />}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className={submitClass} disabled={busy || !canSubmit}>
          {busy ? busyLabel : submitLabel}
        </button>
      </div>
    </>
  );
}
