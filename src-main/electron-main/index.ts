import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCoachApp, startBackgroundServices, type CoachApp } from '../node/app';
import { defaultUserDataDir, resolveDbPath } from '../node/paths';
import { connectIpc } from './ipc';
import { readFlag } from './launch-options';
import { buildMenuTemplate } from './menu';
import { createMenuRunner } from './menu-actions';
import { explainDatabaseOpenFailure, findNativeBinding } from './native-binding';
import type { RendererLocation } from './navigation-policy';
import { applySessionPolicy } from './security';
import { APP_TITLE, createMainWindow, focusWindow } from './window';

// This file is out/main/index.js once built: preload and renderer are built beside it, and the
// checkout (with the .native folder `npm start` fills) is two levels up.
const outDir = fileURLToPath(new URL('..', import.meta.url));
const checkoutRoot = join(outDir, '..');
const location: RendererLocation = {
  rendererDir: join(outDir, 'renderer'),
  // Set by `electron-vite dev`; a packaged app never trusts a server it did not ship.
  ...(!app.isPackaged && process.env.ELECTRON_RENDERER_URL ? { devServerUrl: process.env.ELECTRON_RENDERER_URL } : {}),
};

app.setName(APP_TITLE);
// The folder the CLI and browser mode also use (paths.ts), so all three open the same database by
// default. Chromium's single-instance lock is per folder: tests pass --user-data-dir to run beside a
// coach's open app.
app.setPath('userData', resolve(readFlag(process.argv, '--user-data-dir') ?? defaultUserDataDir()));

if (app.requestSingleInstanceLock()) {
  void start();
} else {
  // Another instance owns this profile; it receives 'second-instance' and comes to the front.
  app.quit();
}

async function start(): Promise<void> {
  let mainWindow: BrowserWindow | undefined;
  app.on('second-instance', () => {
    if (mainWindow && !mainWindow.isDestroyed()) focusWindow(mainWindow);
  });
  await app.whenReady();

  const coach = openCoachApp();
  if (!coach) return;
  applySessionPolicy(session.defaultSession);
  const disconnectIpc = connectIpc(coach, location);
  startBackgroundServices(coach, (message, error) => console.error(message, error));

  const openMainWindow = () => {
    mainWindow = createMainWindow(location, join(outDir, 'preload', 'index.cjs'));
    mainWindow.on('closed', () => (mainWindow = undefined));
  };
  const isMac = process.platform === 'darwin';
  const runMenuAction = createMenuRunner(coach, () => mainWindow);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ isMac, isDevelopment: !app.isPackaged }, runMenuAction)),
  );
  app.setAboutPanelOptions({ applicationName: APP_TITLE, applicationVersion: app.getVersion() });
  openMainWindow();

  // macOS keeps apps running without windows and reopens one from the dock.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
  let databaseClosed = false;
  app.on('will-quit', (event) => {
    if (databaseClosed) return;
    // Hold the quit until SQLite has closed, so the WAL is checkpointed and no write is cut short.
    event.preventDefault();
    disconnectIpc();
    void coach.close().finally(() => {
      databaseClosed = true;
      app.quit();
    });
  });
}

function openCoachApp(): CoachApp | undefined {
  const dbPath = resolve(resolveDbPath(readFlag(process.argv, '--db'), app.getPath('userData')));
  const nativeBinding = findNativeBinding(process.env, checkoutRoot, {
    electronVersion: process.versions.electron,
    platform: process.platform,
    arch: process.arch,
  });
  try {
    const coach = createCoachApp(dbPath, { ...(nativeBinding && { nativeBinding }), startupCheck: 'every-start' });
    if (coach.notices.length > 0)
      void dialog.showMessageBox({ type: 'info', title: APP_TITLE, message: coach.notices.join('\n') });
    return coach;
  } catch (error) {
    dialog.showErrorBox(
      'Coach Workstation could not open its database',
      `${dbPath}\n\n${explainDatabaseOpenFailure(error)}`,
    );
    app.exit(1);
    return undefined;
  }
}
