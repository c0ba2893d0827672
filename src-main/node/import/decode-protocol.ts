import type { DecodeResult } from './decoders/types';

/** Messages between the pipeline and its decode workers. */
export interface DecodeRequest {
  taskId: number;
  name: string;
  bytes: Uint8Array;
}

export type DecodeOutcome = { ok: true; result: DecodeResult } | { ok: false; reason: string };

export type DecodeResponse = DecodeOutcome & { taskId: number };
