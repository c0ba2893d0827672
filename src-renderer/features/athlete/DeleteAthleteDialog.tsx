import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormActions } from '../../components/FormActions';
import type { Athlete } from '../../../src-main/common/contract';
import { useCallMutation } from '../../api/use-call';
import { navigate } from '../../app/routes';

/** Deleting removes every activity and note too, so the coach types the name to confirm (checked again by the server). */
export function DeleteAthleteDialog({ athlete, onClose }: { athlete: Athlete; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState('');
  const remove = useCallMutation('athletes.delete');

  useEffect(() => dialogRef.current?.showModal(), []);

  function confirm(event: FormEvent) {
    event.preventDefault();
    remove.run({ id: athlete.id, confirmName: typed }, () => navigate({ screen: 'roster' }));
  }

  return (
    <dialog ref={dialogRef} onClose={onClose} aria-labelledby="delete-title">
      <form onSubmit={confirm}>
        <h2 id="delete-title">Delete {athlete.name}?</h2>
        <p>
          This permanently deletes the athlete with {athlete.activityCount} activities, their wellness data and notes.
          It cannot be undone. Archiving keeps everything and hides the athlete instead.
        </p>
        <div className="field">
          <label htmlFor="delete-confirm-name">
            Type <strong>{athlete.name}</strong> to confirm
          </label>
          <input
            id="delete-confirm-name"
            type="text"
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoFocus
          />
        </div>
        <FormActions
          error={remove.error}
          onCancel={onClose}
          submitLabel="Delete athlete"
          busy={remove.pending}
          busyLabel="Deleting…"
          submitClass="danger solid"
          canSubmit={typed.trim() === athlete.name}
        />
      </form>
    </dialog>
  );
}
