import { dialog, nativeTheme, shell, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { CoachApp } from '../node/app';
import { importPaths } from '../node/services/imports';
import { getSettings, updateSettings } from '../node/services/settings';
import { themeAfterToggle, type MenuActions } from './menu';

const IMPORT_DIALOG: OpenDialogOptions = {
  title: 'Import activity files',
  properties: ['openFile', 'multiSelections'],
  filters: [
    { name: 'Activity files (FIT, TCX, GPX, ZIP)', extensions: ['fit', 'tcx', 'gpx', 'zip'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

/** What the native menu does; each action works on the main window when there is one. */
export function createMenuActions(coach: CoachApp, mainWindow: () => BrowserWindow | undefined): MenuActions {
  const navigate = (to: string) => coach.ctx.events.emit({ type: 'navigate', to });
  return {
    navigate,
    importFiles: () => void importFromDialog(coach, mainWindow(), navigate).catch(reportFailure('Import failed')),
    toggleTheme: () => void toggleTheme(coach).catch(reportFailure('Could not change the theme')),
    revealDatabase: () => shell.showItemInFolder(coach.ctx.dbPath),
  };
}

async function importFromDialog(
  coach: CoachApp,
  window: BrowserWindow | undefined,
  navigate: (to: string) => void,
): Promise<void> {
  const { canceled, filePaths } = window
    ? await dialog.showOpenDialog(window, IMPORT_DIALOG)
    : await dialog.showOpenDialog(IMPORT_DIALOG);
  if (canceled || filePaths.length === 0) return;
  // The Imports screen shows the job's progress while it runs.
  navigate('#/imports');
  const { summary } = await importPaths(coach.ctx, filePaths, {});
  const message = `Imported ${summary.imported} of ${summary.total} files.`;
  const detail = `${summary.duplicate} already imported, ${summary.skipped} skipped, ${summary.failed} failed. The Imports screen lists each file.`;
  if (window) await dialog.showMessageBox(window, { type: summary.failed > 0 ? 'warning' : 'info', message, detail });
}

async function toggleTheme(coach: CoachApp): Promise<void> {
  const { theme } = await getSettings(coach.ctx);
  await updateSettings(coach.ctx, { theme: themeAfterToggle(theme, nativeTheme.shouldUseDarkColors) });
}

function reportFailure(title: string): (error: unknown) => void {
  return (error) => dialog.showErrorBox(title, error instanceof Error ? error.message : String(error));
}
