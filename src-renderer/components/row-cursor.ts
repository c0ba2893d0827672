import { useState, type KeyboardEvent } from 'react';
import { resolveStroke, strokeOf } from '../../src-main/common/actions/keys';
import { actionsIn, type ScopeActionId } from '../../src-main/common/actions/registry';
import { PLATFORM } from '../app/platform';

const TABLE_ACTIONS = actionsIn('table');

/**
 * The highlighted row of a table driven from the keyboard, by the registry's table keys (arrows or
 * j/k move, Home/End jump, Enter opens). `reveal` scrolls the row into view (virtualised tables
 * have no DOM row to ask).
 */
export function useRowCursor(
  rowCount: number,
  open: ((index: number) => void) | undefined,
  reveal: (index: number) => void,
) {
  const [activeIndex, setActiveIndex] = useState(-1);
  const active = Math.min(activeIndex, rowCount - 1);

  function moveTo(index: number) {
    const clamped = Math.max(0, Math.min(rowCount - 1, index));
    setActiveIndex(clamped);
    reveal(clamped);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.target !== event.currentTarget || rowCount === 0) return;
    const stroke = strokeOf(event, PLATFORM);
    const action = stroke === undefined ? undefined : resolveStroke(TABLE_ACTIONS, stroke, undefined).action;
    if (!action || (action.id === 'table.open' && (active < 0 || !open))) return;
    event.preventDefault();
    const run: Record<ScopeActionId<'table'>, () => void> = {
      'table.next': () => moveTo(active + 1),
      'table.previous': () => moveTo(active - 1),
      'table.first': () => moveTo(0),
      'table.last': () => moveTo(rowCount - 1),
      'table.open': () => open?.(active),
    };
    run[action.id]();
  }

  /** Focusing the table highlights the first row, so Enter right away opens something visible. */
  function onFocus(event: { target: EventTarget; currentTarget: EventTarget }) {
    if (event.target === event.currentTarget && active < 0 && rowCount > 0) setActiveIndex(0);
  }

  return { active, setActive: setActiveIndex, onKeyDown, onFocus };
}
