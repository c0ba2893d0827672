import {
  NAVIGATION_ACTIONS,
  type NavigationAction,
  type RendererActionId,
} from '../../src-main/common/actions/registry';
import { navigate } from './routes';

export const ROSTER_SEARCH_ID = 'roster-search';

export interface ActionDependencies {
  toggleShortcutHelp(): void;
}

/**
 * What the registry's global actions do in the renderer (common/actions/registry.ts names them),
 * run alike from their keys and from the desktop app's menu.
 */
export function createActionHandlers({ toggleShortcutHelp }: ActionDependencies): Record<RendererActionId, () => void> {
  const navigation = Object.fromEntries(
    NAVIGATION_ACTIONS.map((action) => [action.id, () => navigate({ screen: action.screen })]),
  ) as Record<NavigationAction['id'], () => void>;
  return {
    ...navigation,
    'roster.search': () => {
      navigate({ screen: 'roster' });
      focusWhenPresent(ROSTER_SEARCH_ID);
    },
    'help.shortcuts': toggleShortcutHelp,
  };
}

/** The roster may still be mounting after the route change, so try for a few frames. */
function focusWhenPresent(elementId: string, framesLeft = 10): void {
  const element = document.getElementById(elementId);
  if (element) element.focus();
  else if (framesLeft > 0) requestAnimationFrame(() => focusWhenPresent(elementId, framesLeft - 1));
}
