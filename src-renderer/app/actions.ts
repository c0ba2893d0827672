import { navigate, type Route } from './routes';

/**
 * Every command the keyboard or a menu can trigger, in one list (Excalidraw-style): the sidebar,
 * the shortcut handler and the shortcut help all read it, so they can never disagree.
 */
export interface Action {
  name: string;
  label: string;
  section: 'Go to' | 'General';
  /** Key specs: a single key ("/"), a sequence ("g r") or Alt plus a digit ("Alt+1"). */
  keys: string[];
  /** Set for navigation actions: the sidebar renders these as links. */
  route?: Route;
  perform(): void;
}

export interface ActionDependencies {
  toggleShortcutHelp(): void;
}

export const ROSTER_SEARCH_ID = 'roster-search';

function goTo(name: string, label: string, route: Route, keys: string[]): Action {
  return { name, label, section: 'Go to', keys, route, perform: () => navigate(route) };
}

export function createActions({ toggleShortcutHelp }: ActionDependencies): Action[] {
  return [
    goTo('navigate.roster', 'Roster', { screen: 'roster' }, ['g r', 'Alt+1']),
    goTo('navigate.inbox', 'Inbox', { screen: 'inbox' }, ['g i', 'Alt+2']),
    goTo('navigate.planner', 'Planner', { screen: 'planner' }, ['g p', 'Alt+3']),
    goTo('navigate.workouts', 'Workouts', { screen: 'workouts' }, ['g w']),
    goTo('navigate.imports', 'Imports', { screen: 'imports' }, ['g m', 'Alt+4']),
    goTo('navigate.settings', 'Settings', { screen: 'settings' }, ['g s', 'Alt+5']),
    {
      name: 'roster.search',
      label: 'Search athletes',
      section: 'General',
      keys: ['/'],
      perform() {
        navigate({ screen: 'roster' });
        focusWhenPresent(ROSTER_SEARCH_ID);
      },
    },
    {
      name: 'help.shortcuts',
      label: 'Show keyboard shortcuts',
      section: 'General',
      keys: ['?'],
      perform: toggleShortcutHelp,
    },
  ];
}

/** The roster may still be mounting after the route change, so try for a few frames. */
function focusWhenPresent(elementId: string, framesLeft = 10): void {
  const element = document.getElementById(elementId);
  if (element) element.focus();
  else if (framesLeft > 0) requestAnimationFrame(() => focusWhenPresent(elementId, framesLeft - 1));
}
