import { dialog, nativeTheme, shell, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { CoachApp } from '../node/app';
import { importPaths } from '../node/services/imports';
import { getSettings, updateSettings } from '../node/services/settings';
import { runsInMain, type MainActionId } from '../common/actions/registry';
import { themeAfterToggle, type GlobalActionId } from './menu';

const IMPORT_DIALOG: OpenDialogOptions = {
  title: 'Import activity files',
  properties: ['openFile', 'multiSelections'],
  filters: [
    { name: 'Activity files (FIT, TCX, GPX, ZIP)', extensions: ['fit', 'tcx', 'gpx', 'zip'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

/**
 * What picking a menu item does: the main process's own actions run here; every other action is
 * sent to the renderer, which runs it exactly as its keyboard shortcut does.
 */
export function createMenuRunner(
  coach: CoachApp,
  mainWindow: () => BrowserWindow | undefined,
): (id: GlobalActionId) => void {
  const sendToRenderer = (id: Exclude<GlobalActionId, MainActionId>) => coach.ctx.events.emit({ type: 'action', id });
  const mainActions: Record<MainActionId, () => void> = {
    'file.import': () =>
      void importFromDialog(coach, mainWindow(), () => sendToRenderer('go.imports')).catch(
        reportFailure('Import failed'),
      ),
    'view.toggleTheme': () => void toggleTheme(coach).catch(reportFailure('Could not change the theme')),
    'help.showDatabase': () => shell.showItemInFolder(coach.ctx.dbPath),
  };
  return (id) => (runsInMain(id) ? mainActions[id]() : sendToRenderer(id));
}

async function importFromDialog(
  coach: CoachApp,
  window: BrowserWindow | undefined,
  showImports: () => void,
): Promise<void> {
  const { canceled, filePaths } = window
    ? await dialog.showOpenDialog(window, IMPORT_DIALOG)
    : await dialog.showOpenDialog(IMPORT_DIALOG);
  if (canceled || filePaths.length === 0) return;
  // The Imports screen shows the job's progress while it runs.
  showImports();
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
