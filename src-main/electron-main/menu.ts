import type { MenuItemConstructorOptions } from 'electron';
import { toAccelerator } from '../common/actions/keys';
import { actionsIn, type MenuName, type ScopeActionId } from '../common/actions/registry';

export type GlobalActionId = ScopeActionId<'global'>;

export interface MenuOptions {
  isMac: boolean;
  /** Reload and developer tools are for people working on the app, not for coaches. */
  isDevelopment: boolean;
}

/** The registry's actions for one menu, in registry order, each with the first binding a menu can carry. */
function registryItems(menu: MenuName, run: (id: GlobalActionId) => void): MenuItemConstructorOptions[] {
  return actionsIn('global')
    .filter((action) => action.menu === menu)
    .map((action) => ({
      label: action.label,
      accelerator: action.keys.map(toAccelerator).find((accelerator) => accelerator !== undefined),
      click: () => run(action.id),
    }));
}

/**
 * The native menu bar: the registry's global actions (common/actions/registry.ts) around Electron's
 * roles. Kept free of Electron runtime calls (only its types) so the layout can be tested; index.ts
 * turns it into a Menu.
 */
export function buildMenuTemplate(
  { isMac, isDevelopment }: MenuOptions,
  run: (id: GlobalActionId) => void,
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
      submenu: [...registryItems('File', run), separator, isMac ? { role: 'close' } : { role: 'quit' }],
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
        ...registryItems('View', run),
        { role: 'togglefullscreen' },
      ],
    },
    { label: 'Go', submenu: registryItems('Go', run) },
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      role: 'help',
      submenu: [
        ...registryItems('Help', run),
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
