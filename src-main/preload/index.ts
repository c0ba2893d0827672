import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, type CoachBridge, type SaveFileOutcome } from '../common/contract/bridge';
import type { PushEvent, Result } from '../common/contract';

// Wrapping ipcRenderer (rather than exposing it) keeps the renderer from sending on arbitrary
// channels or seeing the IpcRendererEvent, which carries the sender object.
const bridge: CoachBridge = {
  invoke: (method, input) => ipcRenderer.invoke(IPC_CHANNELS.invoke, method, input) as Promise<Result<unknown>>,
  on(listener) {
    const forward = (_event: IpcRendererEvent, pushEvent: PushEvent) => listener(pushEvent);
    ipcRenderer.on(IPC_CHANNELS.event, forward);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.event, forward);
    };
  },
  saveFile: (suggestedName, base64) =>
    ipcRenderer.invoke(IPC_CHANNELS.saveFile, suggestedName, base64) as Promise<SaveFileOutcome>,
};

contextBridge.exposeInMainWorld('coach', bridge);
