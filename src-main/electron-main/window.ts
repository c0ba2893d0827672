import { BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import type { RendererLocation } from './navigation-policy';
import { guardNavigation } from './security';

export const APP_TITLE = 'Coach Workstation';

export function createMainWindow(location: RendererLocation, preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    title: APP_TITLE,
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    // Shown once painted, so the coach never sees a blank white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  guardNavigation(window, location);
  window.once('ready-to-show', () => window.show());
  const loaded = location.devServerUrl
    ? window.loadURL(location.devServerUrl)
    : window.loadFile(join(location.rendererDir, 'index.html'));
  loaded.catch((error: unknown) => {
    dialog.showErrorBox(
      'Coach Workstation could not load its window',
      `${error instanceof Error ? error.message : String(error)}\n\nIs the renderer built? Run \`npm run build\` (npm start does it for you).`,
    );
  });
  return window;
}

/** Brings the window forward, e.g. when the app is launched a second time. */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
