import { BrowserWindow, ipcMain } from 'electron';
import { IPC_CHANNELS } from '../common/contract/bridge';
import { dispatch } from '../node/api/dispatch';
import type { CoachApp } from '../node/app';
import { isAppUrl, type RendererLocation } from './navigation-policy';
import { saveExportedFile } from './save-file';
import { rejectUntrustedSender } from './sender-policy';

/**
 * The IPC transport: calls go through the same dispatch as browser mode, push events go to every
 * window showing our renderer. Returns a function that detaches both.
 */
export function connectIpc(coach: CoachApp, location: RendererLocation): () => void {
  ipcMain.handle(IPC_CHANNELS.invoke, (event, method: unknown, input: unknown) => {
    const rejection = rejectUntrustedSender(event.senderFrame?.url, location);
    // A non-string method name becomes an unknown method, answered with UNKNOWN_METHOD by dispatch.
    return rejection ?? dispatch(coach.handlers, String(method), input);
  });
  ipcMain.handle(IPC_CHANNELS.saveFile, (event, suggestedName: unknown, base64: unknown) => {
    if (rejectUntrustedSender(event.senderFrame?.url, location))
      throw new Error("Saving files is only offered to the app's own pages");
    return saveExportedFile(event, suggestedName, base64);
  });
  const stopForwarding = coach.ctx.events.subscribe((pushEvent) => {
    for (const window of BrowserWindow.getAllWindows()) {
      const contents = window.webContents;
      if (!contents.isDestroyed() && isAppUrl(contents.getURL(), location))
        contents.send(IPC_CHANNELS.event, pushEvent);
    }
  });
  return () => {
    ipcMain.removeHandler(IPC_CHANNELS.invoke);
    ipcMain.removeHandler(IPC_CHANNELS.saveFile);
    stopForwarding();
  };
}
