import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useTask } from '../api/use-call';
import { FormActions } from './FormActions';

/**
 * A modal form that saves on submit: it shows the server's error in place and stays open until the save
 * succeeds, so nothing typed is lost; Cancel or Escape close it without saving. The fields are the
 * caller's; `fieldId` gives them ids unique to this dialog.
 */
export function FormDialog({
  title,
  submitLabel,
  submitClass = 'primary',
  canSubmit = true,
  className,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  submitLabel: string;
  submitClass?: string;
  canSubmit?: boolean;
  className?: string;
  onSubmit: () => Promise<void>;
  onClose: () => void;
  children: (fieldId: (name: string) => string) => ReactNode;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const saving = useTask();
  const id = useId();

  useEffect(() => dialogRef.current?.showModal(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    saving.run(onSubmit, onClose);
  }

  return (
    <dialog ref={dialogRef} onClose={onClose} aria-labelledby={`${id}-title`} className={className}>
      <form onSubmit={submit} className="stack">
        <h2 id={`${id}-title`}>{title}</h2>
        {children((name) => `${id}-${name}`)}
        <FormActions
          error={saving.error}
          onCancel={onClose}
          submitLabel={submitLabel}
          busy={saving.pending}
          submitClass={submitClass}
          canSubmit={canSubmit}
        />
      </form>
    </dialog>
  );
}
