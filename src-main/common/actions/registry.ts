import type { KeyBinding } from './keys';

/** How long the inbox's snooze lasts: long enough for a travel week's jet lag to settle, short enough not to forget it. */
export const SNOOZE_DAYS = 3;

/** The native menu's menus that carry registry actions (roles such as Edit and Window fill the rest). */
export type MenuName = 'File' | 'View' | 'Go' | 'Help';

/** Screens with keys of their own, which act while that screen is shown and no dialog is open. */
export type ScreenScope = 'inbox';
/** A table's keys act while the table itself has focus, before any screen or global key. */
export type LocalScope = ScreenScope | 'table';

interface ActionBase {
  id: string;
  label: string;
  /** Alternatives, each in the notation of keys.ts; the first is the one hints show. */
  keys: readonly KeyBinding[];
}

/**
 * Works anywhere and is in the native menu. `runsIn: 'main'` marks what only the main process can
 * do (native dialogs, the OS shell), so only the desktop app offers it.
 */
interface GlobalAction extends ActionBase {
  scope: 'global';
  menu: MenuName;
  /** A top-level screen: the sidebar links it and running the action opens it. */
  screen?: 'roster' | 'inbox' | 'planner' | 'workouts' | 'imports' | 'settings';
  runsIn?: 'main';
}

interface LocalAction extends ActionBase {
  scope: LocalScope;
}

export type ActionSpec = GlobalAction | LocalAction;

/**
 * Every command the keyboard or the native menu can trigger, as data only: the main process builds
 * the menu from it and the renderer its shortcuts, sidebar, help and key hints. What an action does
 * is attached by id where it runs (electron-main/menu-actions.ts, the renderer's screens), and
 * TypeScript makes each of those cover every id it owns.
 */
export const ACTIONS = [
  // Sidebar order; "g" sequences work in a browser too, where Ctrl+digit may switch tabs instead.
  { id: 'go.roster', label: 'Roster', scope: 'global', menu: 'Go', screen: 'roster', keys: ['g r', 'Mod+1'] },
  { id: 'go.inbox', label: 'Inbox', scope: 'global', menu: 'Go', screen: 'inbox', keys: ['g i', 'Mod+2'] },
  { id: 'go.planner', label: 'Planner', scope: 'global', menu: 'Go', screen: 'planner', keys: ['g p', 'Mod+3'] },
  { id: 'go.workouts', label: 'Workouts', scope: 'global', menu: 'Go', screen: 'workouts', keys: ['g w', 'Mod+4'] },
  { id: 'go.imports', label: 'Imports', scope: 'global', menu: 'Go', screen: 'imports', keys: ['g m', 'Mod+5'] },
  { id: 'go.settings', label: 'Settings', scope: 'global', menu: 'Go', screen: 'settings', keys: ['g s', 'Mod+6'] },
  { id: 'roster.search', label: 'Search Athletes', scope: 'global', menu: 'Go', keys: ['/'] },
  { id: 'file.import', label: 'Import Files…', scope: 'global', menu: 'File', runsIn: 'main', keys: ['Mod+o'] },
  { id: 'view.toggleTheme', label: 'Toggle Dark Theme', scope: 'global', menu: 'View', runsIn: 'main', keys: [] },
  { id: 'help.shortcuts', label: 'Keyboard Shortcuts', scope: 'global', menu: 'Help', keys: ['?'] },
  { id: 'help.showDatabase', label: 'Show Database File', scope: 'global', menu: 'Help', runsIn: 'main', keys: [] },

  { id: 'inbox.next', label: 'Next finding', scope: 'inbox', keys: ['j', 'ArrowDown'] },
  { id: 'inbox.previous', label: 'Previous finding', scope: 'inbox', keys: ['k', 'ArrowUp'] },
  { id: 'inbox.acknowledge', label: 'Acknowledge', scope: 'inbox', keys: ['e'] },
  { id: 'inbox.snooze', label: `Snooze ${SNOOZE_DAYS} days`, scope: 'inbox', keys: ['s'] },
  { id: 'inbox.resolve', label: 'Resolve…', scope: 'inbox', keys: ['r'] },
  { id: 'inbox.openAthlete', label: 'Open the athlete', scope: 'inbox', keys: ['Enter', 'o'] },

  { id: 'table.next', label: 'Next row', scope: 'table', keys: ['j', 'ArrowDown'] },
  { id: 'table.previous', label: 'Previous row', scope: 'table', keys: ['k', 'ArrowUp'] },
  { id: 'table.first', label: 'First row', scope: 'table', keys: ['Home'] },
  { id: 'table.last', label: 'Last row', scope: 'table', keys: ['End'] },
  { id: 'table.open', label: 'Open the row', scope: 'table', keys: ['Enter'] },
] as const satisfies readonly ActionSpec[];

type Registered = (typeof ACTIONS)[number];
export type ActionId = Registered['id'];
export type ScopeActionId<S extends ActionSpec['scope']> = Extract<Registered, { scope: S }>['id'];
/** Run by the main process when picked from the menu. */
export type MainActionId = Extract<Registered, { runsIn: 'main' }>['id'];
/** Global actions the renderer runs, from its keys or from the menu (sent as an `action` push event). */
export type RendererActionId = Exclude<ScopeActionId<'global'>, MainActionId>;
export type NavigationAction = Extract<Registered, { screen: string }>;

export const NAVIGATION_ACTIONS: readonly NavigationAction[] = ACTIONS.filter(
  (action): action is NavigationAction => 'screen' in action,
);

export function actionsIn<S extends ActionSpec['scope']>(scope: S): Extract<Registered, { scope: S }>[] {
  return ACTIONS.filter((action): action is Extract<Registered, { scope: S }> => action.scope === scope);
}

export function runsInMain(id: ActionId): id is MainActionId {
  return ACTIONS.some((action) => action.id === id && 'runsIn' in action);
}

export function actionById(id: ActionId): ActionSpec {
  return ACTIONS.find((action) => action.id === id)!;
}
