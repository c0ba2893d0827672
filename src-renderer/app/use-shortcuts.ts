import { createContext, use, useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { resolveStroke, strokeOf } from '../../src-main/common/actions/keys';
import {
  actionsIn,
  runsInMain,
  type ActionSpec,
  type RendererActionId,
  type ScopeActionId,
  type ScreenScope,
} from '../../src-main/common/actions/registry';
import { PLATFORM } from './platform';

const SEQUENCE_TIMEOUT_MS = 1500;

/** The main process's actions are left to the native menu, whose accelerator then fires. */
const RENDERER_GLOBAL_ACTIONS = actionsIn('global').filter((action) => !runsInMain(action.id));

interface ActiveScreen {
  scope: ScreenScope;
  run(id: string): void;
}

const ScreenShortcutsContext = createContext<(screen: ActiveScreen | undefined) => void>(() => {});
export const ScreenShortcutsProvider = ScreenShortcutsContext;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Enter on a focused button or link must press it, not run a shortcut. */
function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && ['BUTTON', 'A'].includes(target.tagName);
}

/**
 * The one keyboard listener: it runs the registry action whose binding the keystrokes complete — a
 * global one, or one of the shown screen's while no dialog is open. Returns the setter a screen's
 * useScreenShortcuts registers its handlers through.
 */
export function useShortcuts(runGlobal: (id: RendererActionId) => void): (screen: ActiveScreen | undefined) => void {
  const screenRef = useRef<ActiveScreen>(undefined);
  const latestRunGlobal = useRef(runGlobal);
  useLayoutEffect(() => {
    latestRunGlobal.current = runGlobal;
  });

  useEffect(() => {
    let pending: { strokes: string; at: number } | undefined;

    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTyping(event.target)) return;
      const stroke = strokeOf(event, PLATFORM);
      if (!stroke || (stroke === 'Enter' && isControl(event.target))) return;
      const screen = document.querySelector('dialog[open]') ? undefined : screenRef.current;
      const candidates: readonly ActionSpec[] = [
        ...RENDERER_GLOBAL_ACTIONS,
        ...(screen ? actionsIn(screen.scope) : []),
      ];
      const typedSoFar = pending && event.timeStamp - pending.at < SEQUENCE_TIMEOUT_MS ? pending.strokes : undefined;
      const { action, pending: stillTyping } = resolveStroke(candidates, stroke, typedSoFar);
      pending = stillTyping === undefined ? undefined : { strokes: stillTyping, at: event.timeStamp };
      if (!action) return;
      event.preventDefault();
      if (action.scope === 'global') latestRunGlobal.current(action.id as RendererActionId);
      else screen?.run(action.id);
    }

    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return useCallback((screen: ActiveScreen | undefined) => {
    screenRef.current = screen;
  }, []);
}

/** A screen's own keys (the registry's actions in its scope) while it is mounted; TypeScript wants a handler for each. */
export function useScreenShortcuts<S extends ScreenScope>(
  scope: S,
  handlers: Record<ScopeActionId<S>, () => void>,
): void {
  const setScreen = use(ScreenShortcutsContext);
  // Registered once; runs the latest handlers, which close over the screen's current state.
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    setScreen({ scope, run: (id) => latest.current[id as ScopeActionId<S>]() });
    return () => setScreen(undefined);
  }, [setScreen, scope]);
}
