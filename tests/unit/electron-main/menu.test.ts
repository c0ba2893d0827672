import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { toAccelerator } from '../../../src-main/common/actions/keys';
import { actionsIn } from '../../../src-main/common/actions/registry';
import { buildMenuTemplate, themeAfterToggle, type GlobalActionId } from '../../../src-main/electron-main/menu';

function fakeRun() {
  return vi.fn<(id: GlobalActionId) => void>();
}

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

function submenuOf(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

describe('buildMenuTemplate', () => {
  it('has every global action of the registry, with the accelerator of its first chord, running that action', () => {
    const run = fakeRun();
    const items = allItems(buildMenuTemplate({ isMac: false, isDevelopment: false }, run));
    for (const action of actionsIn('global')) {
      const item = items.find((each) => each.label === action.label);
      expect(item, action.id).toBeDefined();
      expect(item!.accelerator, action.id).toBe(action.keys.map(toAccelerator).find(Boolean));
      (item!.click as () => void)();
      expect(run).toHaveBeenLastCalledWith(action.id);
    }
    expect(run).toHaveBeenCalledTimes(actionsIn('global').length);
  });

  it('lists the screens under Go in sidebar order, Workouts included, on CmdOrCtrl and their position', () => {
    const run = fakeRun();
    const go = submenuOf(buildMenuTemplate({ isMac: false, isDevelopment: false }, run), 'Go');
    expect(go.map((item) => item.label)).toEqual([
      'Roster',
      'Inbox',
      'Planner',
      'Workouts',
      'Imports',
      'Settings',
      'Search Athletes',
    ]);
    expect(go.map((item) => item.accelerator)).toEqual([
      'CmdOrCtrl+1',
      'CmdOrCtrl+2',
      'CmdOrCtrl+3',
      'CmdOrCtrl+4',
      'CmdOrCtrl+5',
      'CmdOrCtrl+6',
      // "/" alone would fire while typing it into a field, so the menu shows no accelerator for it.
      undefined,
    ]);
    (go[2]!.click as () => void)();
    expect(run).toHaveBeenCalledWith('go.planner');
  });

  it('offers reload and developer tools only while developing', () => {
    const roles = (isDevelopment: boolean) =>
      submenuOf(buildMenuTemplate({ isMac: false, isDevelopment }, fakeRun()), 'View').map((item) => item.role);
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
  });

  it('follows each platform: app menu and Close on macOS, Quit and Help › About elsewhere', () => {
    const mac = buildMenuTemplate({ isMac: true, isDevelopment: false }, fakeRun());
    const other = buildMenuTemplate({ isMac: false, isDevelopment: false }, fakeRun());
    expect(mac[0]!.role).toBe('appMenu');
    expect(submenuOf(mac, 'File').map((item) => item.role)).toContain('close');
    expect(other.map((item) => item.role)).not.toContain('appMenu');
    expect(submenuOf(other, 'File').map((item) => item.role)).toContain('quit');
    const help = other.find((item) => item.role === 'help');
    expect(Array.isArray(help?.submenu) && help.submenu.map((item) => item.role)).toContain('about');
  });

  it('starts an import from File › Import Files…', () => {
    const run = fakeRun();
    const importItem = submenuOf(buildMenuTemplate({ isMac: false, isDevelopment: false }, run), 'File')[0]!;
    expect(importItem).toMatchObject({ label: 'Import Files…', accelerator: 'CmdOrCtrl+O' });
    (importItem.click as () => void)();
    expect(run).toHaveBeenCalledExactlyOnceWith('file.import');
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
