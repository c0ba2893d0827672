import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, themeAfterToggle, type MenuActions } from '../../../src-main/electron-main/menu';

function fakeActions(): MenuActions {
  return { importFiles: vi.fn(), navigate: vi.fn(), toggleTheme: vi.fn(), revealDatabase: vi.fn() };
}

function submenuOf(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

describe('buildMenuTemplate', () => {
  it('sends a navigate event for each Go entry, in sidebar order', () => {
    const actions = fakeActions();
    const go = submenuOf(buildMenuTemplate({ isMac: false, isDevelopment: false }, actions), 'Go');
    expect(go.map((item) => item.label)).toEqual(['Roster', 'Inbox', 'Planner', 'Imports', 'Settings']);
    expect(go.map((item) => item.accelerator)).toEqual([
      'CmdOrCtrl+1',
      'CmdOrCtrl+2',
      'CmdOrCtrl+3',
      'CmdOrCtrl+4',
      'CmdOrCtrl+5',
    ]);
    (go[2]!.click as () => void)();
    expect(actions.navigate).toHaveBeenCalledWith('#/planner');
  });

  it('offers reload and developer tools only while developing', () => {
    const roles = (isDevelopment: boolean) =>
      submenuOf(buildMenuTemplate({ isMac: false, isDevelopment }, fakeActions()), 'View').map((item) => item.role);
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
  });

  it('follows each platform: app menu and Close on macOS, Quit and Help › About elsewhere', () => {
    const mac = buildMenuTemplate({ isMac: true, isDevelopment: false }, fakeActions());
    const other = buildMenuTemplate({ isMac: false, isDevelopment: false }, fakeActions());
    expect(mac[0]!.role).toBe('appMenu');
    expect(submenuOf(mac, 'File').map((item) => item.role)).toContain('close');
    expect(other.map((item) => item.role)).not.toContain('appMenu');
    expect(submenuOf(other, 'File').map((item) => item.role)).toContain('quit');
    const help = other.find((item) => item.role === 'help');
    expect(Array.isArray(help?.submenu) && help.submenu.map((item) => item.role)).toContain('about');
  });

  it('starts an import from File › Import Files…', () => {
    const actions = fakeActions();
    const importItem = submenuOf(buildMenuTemplate({ isMac: false, isDevelopment: false }, actions), 'File')[0]!;
    (importItem.click as () => void)();
    expect(actions.importFiles).toHaveBeenCalledOnce();
  });
});

describe('themeAfterToggle', () => {
  it('switches to the opposite of what is on screen, resolving "system" through the OS preference', () => {
    expect(themeAfterToggle('light', true)).toBe('dark');
    expect(themeAfterToggle('dark', false)).toBe('light');
    expect(themeAfterToggle('system', true)).toBe('light');
    expect(themeAfterToggle('system', false)).toBe('dark');
  });
});
