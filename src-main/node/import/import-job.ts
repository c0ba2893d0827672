import { randomUUID } from 'node:crypto';
import type { PushEvent } from '../../common/contract';

/** At most this many progress events a second: enough for a smooth bar, cheap over IPC. */
const PROGRESS_INTERVAL_MS = 200;

const runningJobs = new Map<string, ImportJob>();

/**
 * One running import: its progress (files, bytes, ETA) pushed to the UI and the switch that cancels
 * it. Jobs register themselves so `cancelImportJob` can reach them from an API call.
 */
export class ImportJob {
  readonly id = randomUUID();
  private readonly controller = new AbortController();
  private readonly startedAt = Date.now();
  private lastEmitAt = 0;
  private filesDone = 0;
  private bytesDone = 0;

  constructor(
    readonly label: string,
    private readonly filesTotal: number,
    private readonly bytesTotal: number,
    private readonly emit: (event: PushEvent) => void,
  ) {
    runningJobs.set(this.id, this);
    this.emitProgress(true);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  cancel(): void {
    this.controller.abort();
  }

  advance(files: number, bytes: number): void {
    this.filesDone += files;
    this.bytesDone += bytes;
    this.emitProgress(false);
  }

  finish(): void {
    runningJobs.delete(this.id);
    this.emitProgress(true);
  }

  private emitProgress(force: boolean): void {
    const now = Date.now();
    if (!force && now - this.lastEmitAt < PROGRESS_INTERVAL_MS) return;
    this.lastEmitAt = now;
    this.emit({
      type: 'job.progress',
      job: this.id,
      label: this.label,
      done: this.filesDone,
      total: this.filesTotal,
      bytesDone: this.bytesDone,
      bytesTotal: this.bytesTotal,
      etaSeconds: this.estimateSecondsLeft(now),
      cancelled: this.controller.signal.aborted,
    });
  }

  /** Bytes are a better clock than files: one 10-hour ride outweighs fifty short runs. */
  private estimateSecondsLeft(now: number): number | null {
    if (this.bytesDone === 0 || this.bytesTotal === 0) return null;
    const elapsed = (now - this.startedAt) / 1000;
    return Math.max(0, Math.round((elapsed / this.bytesDone) * (this.bytesTotal - this.bytesDone)));
  }
}

/** Cancels a running import; false when no such job is running (already finished, or never existed). */
export function cancelImportJob(jobId: string): boolean {
  const job = runningJobs.get(jobId);
  job?.cancel();
  return job !== undefined;
}

export function runningImportJobIds(): string[] {
  return [...runningJobs.keys()];
}
