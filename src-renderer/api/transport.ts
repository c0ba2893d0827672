import type { ImportReport, Method, PushEvent, Result } from '../../src-main/common/contract';
import type { CoachBridge } from '../../src-main/common/contract/bridge';
import { batchedInvoke, readEnvelope } from './batched-calls';
import { downloadFile, type SavableFile, type SaveResult } from './save-file';

/** Upload progress of the bytes themselves (0–1); transports that cannot measure it never call it. */
export type UploadProgress = (fraction: number) => void;

/** How calls reach the main process. Screens never see this: they use `api` from ./client. */
export interface Transport {
  invoke(method: Method, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: PushEvent) => void): () => void;
  upload(files: File[], athleteId: number | undefined, onProgress?: UploadProgress): Promise<Result<ImportReport>>;
  /** Hands an exported file to the coach: a save dialog in Electron, a download in the browser. */
  saveFile(file: SavableFile): Promise<SaveResult>;
}

/** Electron: the preload's contextBridge. Files travel as bytes through the ordinary imports.upload call. */
export function ipcTransport(bridge: CoachBridge): Transport {
  return {
    invoke: (method, input) => bridge.invoke(method, input),
    subscribe: (listener) => bridge.on(listener),
    async upload(files, athleteId) {
      const payload = await Promise.all(
        files.map(async (file) => ({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) })),
      );
      const input = athleteId === undefined ? { files: payload } : { files: payload, athleteId };
      return (await bridge.invoke('imports.upload', input)) as Result<ImportReport>;
    },
    async saveFile(file) {
      const outcome = await bridge.saveFile(file.fileName, file.base64);
      return outcome.saved && outcome.path ? { kind: 'saved', path: outcome.path } : { kind: 'cancelled' };
    },
  };
}

/** Browser mode: loopback HTTP with the session cookie set when the printed URL was opened. */
export function httpTransport(): Transport {
  return {
    invoke: batchedInvoke(async (method, input) => {
      const response = await fetch(`/api/call/${encodeURIComponent(method)}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      });
      return readEnvelope(response.status, await response.text());
    }),
    subscribe(listener) {
      const source = new EventSource('/api/events');
      source.onmessage = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as PushEvent);
      return () => source.close();
    },
    upload(files, athleteId, onProgress) {
      const form = new FormData();
      for (const file of files) form.append('file', file, file.name);
      if (athleteId !== undefined) form.append('athleteId', String(athleteId));
      // XMLHttpRequest rather than fetch: only it reports upload progress for large zip archives.
      return new Promise((resolve) => {
        const request = new XMLHttpRequest();
        request.open('POST', '/api/upload');
        request.upload.onprogress = (event) => {
          if (event.lengthComputable && onProgress) onProgress(event.loaded / event.total);
        };
        request.onload = () => resolve(readEnvelope(request.status, request.responseText) as Result<ImportReport>);
        request.onerror = () =>
          resolve({ ok: false, error: { code: 'INTERNAL', message: 'The upload did not reach Coach Workstation' } });
        request.send(form);
      });
    },
    saveFile: async (file) => downloadFile(file),
  };
}
