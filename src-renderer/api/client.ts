import type { CallInput, CallOutput, ImportReport, Method, PushEvent } from '../../src-main/common/contract';
import { ApiCallError } from './errors';
import type { SavableFile, SaveResult } from './save-file';
import { httpTransport, ipcTransport, type Transport, type UploadProgress } from './transport';

/** Calls whose input is all-optional may omit it: `api.call('app.info')`. */
type InputArgs<M extends Method> = undefined extends CallInput<M> ? [input?: CallInput<M>] : [input: CallInput<M>];

export interface ApiClient {
  call<M extends Method>(method: M, ...args: InputArgs<M>): Promise<CallOutput<M>>;
  onEvent(listener: (event: PushEvent) => void): () => void;
  uploadFiles(files: File[], athleteId?: number, onProgress?: UploadProgress): Promise<ImportReport>;
  /** In Electron the main process shows the system save dialog; in browser mode the browser downloads the file. */
  saveFile(file: SavableFile): Promise<SaveResult>;
}

export function createApiClient(transport: Transport): ApiClient {
  // One shared subscription fans out to every listener, so screens can subscribe freely
  // without each opening its own EventSource.
  const listeners = new Set<(event: PushEvent) => void>();
  let unsubscribeTransport: (() => void) | undefined;

  return {
    async call(method, ...args) {
      const result = await transport.invoke(method, args[0]);
      if (!result.ok) throw new ApiCallError(result.error);
      return result.value as CallOutput<typeof method>;
    },
    onEvent(listener) {
      listeners.add(listener);
      unsubscribeTransport ??= transport.subscribe((event) => {
        for (const each of listeners) each(event);
      });
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          unsubscribeTransport?.();
          unsubscribeTransport = undefined;
        }
      };
    },
    async uploadFiles(files, athleteId, onProgress) {
      const result = await transport.upload(files, athleteId, onProgress);
      if (!result.ok) throw new ApiCallError(result.error);
      return result.value;
    },
    saveFile: (file) => transport.saveFile(file),
  };
}

/** Chosen once at startup: the Electron preload bridge when present, loopback HTTP otherwise. */
export const api: ApiClient = createApiClient(window.coach ? ipcTransport(window.coach) : httpTransport());
