import type { PreparedDecode } from './prepare';

/** Messages between the pipeline and its decode workers. */
export interface DecodeRequest {
  taskId: number;
  name: string;
  input: DecodeInput;
  /**
   * Where to keep the original once it decodes to activities: the content-addressed store is
   * idempotent by hash, so the worker writes it and the writer's transaction does no file I/O.
   */
  keepOriginal?: KeepOriginal;
}

/**
 * The file's content (with its SHA-256 when the caller has hashed it already), or where to read it:
 * then the worker reads and hashes it, and the main thread never holds its bytes. `modifiedMs`, the
 * file's modification time on disk, is evidence of the date when the device's clock was unset.
 */
export type DecodeInput = ({ bytes: Uint8Array; sha256?: string } | { path: string }) & { modifiedMs?: number };

export interface KeepOriginal {
  dataDir: string;
}

/** What the worker learnt about the file itself. */
export interface DecodedFileFacts {
  sha256: string;
  byteLength: number;
}

export type DecodeOutcome =
  | { ok: true; file: DecodedFileFacts; result: PreparedDecode }
  /** `isArchive`: a file read by path turned out to be a zip archive, which the pipeline expands itself. */
  | { ok: false; reason: string; isArchive?: true };

export type DecodeResponse = DecodeOutcome & { taskId: number };
