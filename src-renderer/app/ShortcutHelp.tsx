import { useEffect, useRef } from 'react';
import { actionsIn, runsInMain, type ActionSpec } from '../../src-main/common/actions/registry';
import { KeySpec } from '../components/KeySpec';
import { IS_DESKTOP } from './platform';

/** The help's groups, each straight from the registry; the menu's own actions only where there is a menu. */
const GROUPS: { title: string; actions: readonly ActionSpec[] }[] = [
  { title: 'Anywhere', actions: actionsIn('global').filter((action) => IS_DESKTOP || !runsInMain(action.id)) },
  { title: 'Inbox', actions: actionsIn('inbox') },
  { title: 'In a table', actions: actionsIn('table') },
];

function helpLabel(action: ActionSpec): string {
  return action.scope === 'global' && action.screen ? `Go to ${action.label}` : action.label;
}

export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current!;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={dialogRef} onClose={onClose} aria-labelledby="shortcut-help-title">
      <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
      {GROUPS.map(({ title, actions }) => (
        <section key={title} aria-label={title}>
          <h3>{title}</h3>
          <dl className="shortcut-list">
            {actions
              .filter((action) => action.keys.length > 0)
              .map((action) => (
                <div key={action.id}>
                  <dt>{helpLabel(action)}</dt>
                  <dd>
                    {action.keys.map((binding, i) => (
                      <span key={binding}>
                        {i > 0 && <span className="muted"> or </span>}
                        <KeySpec binding={binding} />
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
