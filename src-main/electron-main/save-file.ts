import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent } from 'electron';
import type { SaveFileOutcome } from '../common/contract/bridge';
import { safeFileName, safeFileStem } from '../common/domain/export/safe-file-name';

/**
 * Saves an exported file where the coach picks in the system's save dialog. Browser mode downloads the
 * same bytes instead; this is the only Electron-specific part of exporting.
 */
export async function saveExportedFile(
  event: IpcMainInvokeEvent,
  suggestedName: unknown,
  base64: unknown,
): Promise<SaveFileOutcome> {
  if (typeof suggestedName !== 'string' || typeof base64 !== 'string')
    throw new Error('saveFile needs a file name and base64 bytes');
  const window = BrowserWindow.fromWebContents(event.sender);
  const dot = suggestedName.lastIndexOf('.');
  const extension = dot > 0 ? suggestedName.slice(dot + 1).toLowerCase() : '';
  // The renderer's name is re-made safe here: the main process never trusts a path from it.
  const name = /^[a-z0-9]{1,8}$/.test(extension)
    ? safeFileName(suggestedName.slice(0, dot), extension)
    : safeFileStem(suggestedName);
  const options = { defaultPath: join(app.getPath('downloads'), name) };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeFile(choice.filePath, Buffer.from(base64, 'base64'));
  return { saved: true, path: choice.filePath };
}
