import type { PushEvent } from './events';
import type { Result } from './result';

/** IPC channel names shared by the preload script and the main process. */
export const IPC_CHANNELS = {
  invoke: 'coach:invoke',
  event: 'coach:event',
  saveFile: 'coach:save-file',
} as const;

/** What the Electron save dialog did with an exported file. */
export interface SaveFileOutcome {
  saved: boolean;
  /** Where the coach chose to save it; absent when the dialog was cancelled. */
  path?: string;
}

/**
 * What the preload exposes as `window.coach` in the Electron window — deliberately just a call
 * and a subscription, so the renderer holds no capability beyond the contract itself.
 */
export interface CoachBridge {
  /** Calls one contract method; always resolves to an envelope, never rejects for API errors. */
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  /** Subscribes to push events from the main process; returns the unsubscribe function. */
  on(listener: (event: PushEvent) => void): () => void;
  /**
   * Offers an exported file (base64) in the system's save dialog. The destination is always the coach's
   * choice in that dialog; the name is only its suggestion, made safe again in the main process.
   */
  saveFile(suggestedName: string, base64: string): Promise<SaveFileOutcome>;
}

declare global {
  interface Window {
    /** Present only inside the Electron window; browser mode talks HTTP instead. */
    coach?: CoachBridge;
  }
}
