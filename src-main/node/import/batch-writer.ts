import type { AppError, ImportFileResult } from '../../common/contract';
import { listImportedHashes } from '../db/repositories/imports';
import { SavepointBatch } from '../db/savepoint-batch';
import { storageProblem } from '../db/storage-errors';
import type { DbHandle } from '../db/schema';
import { WriteBatch, writeDecodedFile, type DecodedFile, type WriteContext } from './file-writer';

/** Upper bound on files per transaction, so a long import never holds the database for long. */
const MAX_FILES_PER_BATCH = 32;
/**
 * How long a decoded file may wait for others to share its transaction. Committing each file as it
 * arrives cost the writer thread more than writing it (bench:import): every commit rewrites the pages
 * the files share (table and index interiors) and pays the transaction's own overhead, on the thread
 * the decode workers compete with for the cores.
 */
const BATCH_WINDOW_MS = 100;
/** Decoded files may queue up to this many before the pipeline waits for the writer (memory bound). */
const MAX_UNCOMMITTED_FILES = 2 * MAX_FILES_PER_BATCH;

interface Pending {
  file: DecodedFile;
  resolve: (result: ImportFileResult) => void;
}

/**
 * The import's single writer. Decoded files queue up while workers parse; a flush writes up to
 * MAX_FILES_PER_BATCH of them in one transaction, with a savepoint per file, so a file that fails
 * rolls back alone and the rest commit. A flush starts when a batch is full, BATCH_WINDOW_MS after
 * the first file waiting, or on drain(). A result is handed back only after its commit, so the
 * report never claims a row that a crash could still lose.
 */
export class BatchWriter {
  private readonly pending: Pending[] = [];
  private writing = 0;
  private flushing: Promise<void> | null = null;
  private windowTimer: NodeJS.Timeout | null = null;
  private draining = false;
  /** True once a committed batch wrote wellness (morning HRV readings). */
  wroteWellness = false;

  /**
   * `discardOriginal` removes an original the decode worker kept for a file that then wrote nothing (it
   * failed, or its athlete was gone, or the import was cancelled), so the data folder holds only what
   * some imported file row names.
   */
  constructor(
    private readonly db: DbHandle,
    private readonly context: () => Omit<WriteContext, 'batch'>,
    private readonly discardOriginal: (sha256: string) => void = () => undefined,
  ) {}

  /**
   * Set when the database itself refused a batch (another process held it past the busy timeout, a
   * full disk, read-only): the next batch would fail the same way after the same wait, so the files
   * still to come fail at once with that reason.
   */
  private stoppedBy: AppError | null = null;

  /** Queues a decoded file; resolves with its result once it is committed (or failed). */
  write(file: DecodedFile): Promise<ImportFileResult> {
    if (this.stoppedBy) return Promise.resolve(notSaved(file, this.stoppedBy.message));
    return new Promise((resolve) => {
      this.pending.push({ file, resolve });
      this.schedule();
    });
  }

  /** Resolves when the writer can take more files without holding too many decoded ones in memory. */
  async room(): Promise<void> {
    while (this.pending.length + this.writing >= MAX_UNCOMMITTED_FILES) {
      this.startFlush();
      await this.flushing;
    }
  }

  /** Files not yet being written are not written: each resolves with `resultFor(file)` instead. */
  discardPending(resultFor: (file: DecodedFile) => ImportFileResult): void {
    const discarded = this.pending.splice(0);
    for (const { file, resolve } of discarded) resolve(resultFor(file));
    // Best effort: a leftover original costs disk space only, never correctness.
    this.discardUnnamedOriginals(discarded.map((p) => p.file)).catch(() => undefined);
  }

  /** Writes everything queued without waiting for a batch to fill; resolves once it is all committed. */
  async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.pending.length > 0 || this.flushing) {
        this.startFlush();
        await this.flushing;
      }
    } finally {
      this.draining = false;
    }
  }

  private schedule(): void {
    if (this.flushing) return; // the running flush takes these files when it is done
    if (this.pending.length >= MAX_FILES_PER_BATCH || this.draining) this.startFlush();
    else this.windowTimer ??= setTimeout(() => this.startFlush(), BATCH_WINDOW_MS);
  }

  private startFlush(): void {
    if (this.windowTimer) clearTimeout(this.windowTimer);
    this.windowTimer = null;
    if (this.pending.length > 0) this.flushing ??= this.flushAll();
  }

  private async flushAll(): Promise<void> {
    try {
      do {
        const batch = this.pending.splice(0, MAX_FILES_PER_BATCH);
        this.writing = batch.length;
        await this.flushBatch(batch);
        this.writing = 0;
        // Files that arrived meanwhile have waited for this commit: full batches go at once, the rest get a window.
      } while (this.pending.length >= MAX_FILES_PER_BATCH || (this.draining && this.pending.length > 0));
    } finally {
      this.writing = 0;
      this.flushing = null;
      if (this.pending.length > 0) this.schedule();
    }
  }

  private async flushBatch(batch: Pending[]): Promise<void> {
    const results: ImportFileResult[] = [];
    const shared = new WriteBatch();
    let trx: SavepointBatch | null = null;
    try {
      trx = await SavepointBatch.begin(this.db);
      for (const { file } of batch) {
        const written = await trx.attempt((db) => writeDecodedFile(db, file, { ...this.context(), batch: shared }));
        if (written.ok) results.push(written.value);
        else {
          shared.forgetReads();
          results.push({
            path: file.path,
            status: 'failed',
            reason: `could not be saved: ${errorText(written.error)}`,
            activityIds: [],
          });
        }
      }
      await shared.markLoadDirty(trx.db);
      await trx.commit();
      if (shared.wellnessWritten) this.wroteWellness = true;
    } catch (error) {
      await trx?.rollback();
      await this.discardUnnamedOriginals(batch.map((p) => p.file));
      const problem = storageProblem(error);
      if (problem) {
        this.stoppedBy = problem;
        this.discardPending((file) => notSaved(file, problem.message));
      }
      const reason = problem?.message ?? errorText(error);
      batch.forEach(({ resolve, file }) => resolve(notSaved(file, reason)));
      return;
    }
    await this.discardUnnamedOriginals(batch.map((p) => p.file));
    batch.forEach(({ resolve }, i) => resolve(results[i]!));
  }

  /** After a commit or rollback: originals of these files that no import_files row names are removed. */
  private async discardUnnamedOriginals(files: readonly DecodedFile[]): Promise<void> {
    const stored = [...new Set(files.filter((f) => f.decoded.originalStored).map((f) => f.sha256))];
    if (stored.length === 0) return;
    const kept = await listImportedHashes(this.db, stored);
    for (const sha256 of stored) if (!kept.has(sha256)) this.discardOriginal(sha256);
  }
}

function notSaved(file: DecodedFile, reason: string): ImportFileResult {
  return { path: file.path, status: 'failed', reason: `could not be saved: ${reason}`, activityIds: [] };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
