import { keyCaps, type KeyBinding } from '../../src-main/common/actions/keys';
import { actionById, type ActionId } from '../../src-main/common/actions/registry';
import { PLATFORM } from '../app/platform';

export function KeySpec({ binding }: { binding: KeyBinding }) {
  return (
    <span>
      {keyCaps(binding, PLATFORM).map((cap, i) => (
        <kbd key={i}>{cap}</kbd>
      ))}
    </span>
  );
}

/** An action's first key, as buttons and hints show it. */
export function ActionKey({ id }: { id: ActionId }) {
  const binding = actionById(id).keys[0];
  return binding === undefined ? null : <KeySpec binding={binding} />;
}

/** An action's label and key, as a button that runs the same action shows it. */
export function ActionLabel({ id }: { id: ActionId }) {
  return (
    <>
      {actionById(id).label} <ActionKey id={id} />
    </>
  );
}
