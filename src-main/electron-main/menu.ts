import type { MenuItemConstructorOptions } from 'electron';

/** Go menu entries; `to` is the renderer's hash route, sent as a `navigate` push event. */
export const GO_DESTINATIONS = [
  { label: 'Roster', to: '#/roster' },
  { label: 'Inbox', to: '#/inbox' },
  { label: 'Planner', to: '#/planner' },
  { label: 'Imports', to: '#/imports' },
  { label: 'Settings', to: '#/settings' },
] as const;

export interface MenuActions {
  importFiles(): void;
  navigate(to: string): void;
  toggleTheme(): void;
  revealDatabase(): void;
}

export interface MenuOptions {
  isMac: boolean;
  /** Reload and developer tools are for people working on the app, not for coaches. */
  isDevelopment: boolean;
}

/**
 * The native menu bar. Kept free of Electron runtime calls (only its types) so the layout can be
 * tested; index.ts turns it into a Menu.
 */
export function buildMenuTemplate(
  { isMac, isDevelopment }: MenuOptions,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const developerItems: MenuItemConstructorOptions[] = isDevelopment
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator]
    : [];
  return [
    // macOS puts About, Hide and Quit under the application's own menu.
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => actions.importFiles() },
        separator,
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...developerItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { label: 'Toggle Dark Theme', click: () => actions.toggleTheme() },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Go',
      // Same digits as the renderer's Alt+1…5 shortcuts, so the order is the one the sidebar shows.
      submenu: GO_DESTINATIONS.map(({ label, to }, index) => ({
        label,
        accelerator: `CmdOrCtrl+${index + 1}`,
        click: () => actions.navigate(to),
      })),
    },
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      role: 'help',
      submenu: [
        { label: 'Show Database File', click: () => actions.revealDatabase() },
        ...(isMac ? [] : [separator, { role: 'about' } satisfies MenuItemConstructorOptions]),
      ],
    },
  ];
}

/**
 * "Toggle Dark Theme" flips what the coach currently sees, and stores the result as an explicit
 * setting, so the menu and the Settings screen never disagree.
 */
export function themeAfterToggle(setting: 'system' | 'light' | 'dark', systemPrefersDark: boolean): 'light' | 'dark' {
  const showingDark = setting === 'dark' || (setting === 'system' && systemPrefersDark);
  return showingDark ? 'light' : 'dark';
}
