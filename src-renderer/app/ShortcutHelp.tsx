import { useEffect, useRef } from 'react';
import type { Action } from './actions';
import { keyCaps } from './use-shortcuts';

export function KeySpec({ spec }: { spec: string }) {
  return (
    <span>
      {keyCaps(spec).map((cap, i) => (
        <kbd key={i}>{cap}</kbd>
      ))}
    </span>
  );
}

/** The shortcut list, generated from the same actions the keyboard handler runs. */
export function ShortcutHelp({ actions, open, onClose }: { actions: Action[]; open: boolean; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current!;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={dialogRef} onClose={onClose} aria-labelledby="shortcut-help-title">
      <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
      <dl className="shortcut-list">
        {actions.map((action) => (
          <div key={action.name}>
            <dt>{action.section === 'Go to' ? `Go to ${action.label}` : action.label}</dt>
            <dd>
              {action.keys.map((spec, i) => (
                <span key={spec}>
                  {i > 0 && <span className="muted"> or </span>}
                  <KeySpec spec={spec} />
                </span>
              ))}
            </dd>
          </div>
        ))}
        <dt>Move in a table / open the row</dt>
        <dd>
          <kbd>↑</kbd>
          <kbd>↓</kbd> <span className="muted">or</span> <kbd>J</kbd>
          <kbd>K</kbd>, <kbd>Enter</kbd>
        </dd>
        <dt>Inbox: acknowledge / snooze 3 days / resolve</dt>
        <dd>
          <kbd>E</kbd> <kbd>S</kbd> <kbd>R</kbd>
        </dd>
        <dt>Inbox: open the athlete</dt>
        <dd>
          <kbd>Enter</kbd> <span className="muted">or</span> <kbd>O</kbd>
        </dd>
      </dl>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
