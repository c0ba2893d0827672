import { basename } from 'node:path';
import type { ImportFileResult, ImportReport } from '../../common/contract';
import { findKnownFile } from '../db/repositories/imports';
import type { ServiceContext } from '../services/context';
import { BatchWriter } from './batch-writer';
import { sharedDecodePool, type DecodePoolOptions } from './decode-pool';
import { DecodeError, expandArchive } from './decoders';
import { describeFsError, isImportableName } from './file-sources';
import { ImportJob } from './import-job';
import { describeKnownFile } from './known-file';
import { sha256Hex } from './original-store';
import { summarizeImport } from './report';

/** One file to import, read lazily so a large import never holds every file in memory. */
export interface ImportSource {
  /** What the report calls it (a path, or an uploaded file's name). */
  path: string;
  bytes: number;
  read(): Promise<Uint8Array>;
}

export interface ImportOptions extends Pick<DecodePoolOptions, 'timeoutMs' | 'createWorker'> {
  athleteId?: number;
  /** Decode worker threads (default: cores − 1, at least one). */
  workers?: number;
  label?: string;
  /** Called as soon as the job exists, with the id `imports.cancel` takes. */
  onJobStarted?: (jobId: string) => void;
}

const CANCELLED = 'import cancelled before this file was written';

/**
 * Imports files end to end: read, hash, skip known content, decode in worker threads, then hand each
 * decoded file to the single batch writer. Every file gets a result with a specific reason; a file
 * that fails writes nothing and never stops the others. Progress goes to ctx.events as job.progress.
 */
export async function runImportJob(ctx: ServiceContext, sources: ImportSource[], options: ImportOptions = {}): Promise<ImportReport> {
  const totalBytes = sources.reduce((sum, s) => sum + s.bytes, 0);
  const label = options.label ?? `Importing ${sources.length} file${sources.length === 1 ? '' : 's'}`;
  const job = new ImportJob(label, sources.length, totalBytes, (event) => ctx.events.emit(event));
  options.onJobStarted?.(job.id);
  const pool = sharedDecodePool({ size: options.workers, timeoutMs: options.timeoutMs, createWorker: options.createWorker });
  const writer = new BatchWriter(ctx.db, () => ({ athleteId: options.athleteId, dataDir: ctx.dataDir, now: ctx.now() }));

  const importEntry = async (path: string, bytes: Uint8Array): Promise<ImportFileResult> => {
    const sha256 = sha256Hex(bytes);
    const known = await findKnownFile(ctx.db, sha256);
    if (known && known.activityIds.length > 0) return { path, status: 'duplicate', reason: describeKnownFile(known), activityIds: known.activityIds };
    if (job.signal.aborted) return skipped(path, CANCELLED);
    const outcome = await pool.decode(basename(path), bytes);
    if (job.signal.aborted) return skipped(path, CANCELLED);
    if (!outcome.ok) return failed(path, outcome.reason);
    return writer.write({ path, name: basename(path), sha256, bytes, decoded: outcome.result });
  };

  const importSource = async (source: ImportSource): Promise<ImportFileResult[]> => {
    let bytes: Uint8Array;
    try {
      bytes = await source.read();
    } catch (error) {
      return [failed(source.path, `could not be read: ${describeFsError(error)}`)];
    }
    let entries;
    try {
      entries = await expandArchive(basename(source.path), bytes);
    } catch (error) {
      return [failed(source.path, error instanceof DecodeError ? error.message : String(error))];
    }
    if (!entries) return [await importEntry(source.path, bytes)];
    const importable = entries.filter((e) => isImportableName(e.name));
    if (importable.length === 0) return [skipped(source.path, 'the archive holds no FIT, TCX or GPX files')];
    const results: ImportFileResult[] = [];
    for (const entry of importable) results.push(await importEntry(`${source.path}!/${entry.name}`, entry.bytes));
    return results;
  };

  // Cancelling stops handing out files; the few already decoding finish and are not written.
  // Twice as many files in flight as workers: one decoding, one being read or written, per worker.
  // Largest first, so one long ride does not run alone at the end while the other workers idle; the
  // report keeps the order the files were given in.
  const results: ImportFileResult[][] = new Array(sources.length);
  const order = sources.map((_, index) => index).sort((a, b) => sources[b]!.bytes - sources[a]!.bytes);
  let next = 0;
  const lane = async () => {
    while (next < order.length) {
      const index = order[next++]!;
      const source = sources[index]!;
      results[index] = job.signal.aborted ? [skipped(source.path, CANCELLED)] : await importSource(source);
      job.advance(1, source.bytes);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, pool.size * 2) }, lane));
    await writer.drain();
  } finally {
    job.finish();
  }
  const report = summarizeImport(results.flat());
  if (report.summary.imported > 0) ctx.events.emit({ type: 'data.changed', scope: 'activities' });
  if (report.files.some((f) => f.status === 'skipped')) ctx.events.emit({ type: 'data.changed', scope: 'imports' });
  return report;
}

function failed(path: string, reason: string): ImportFileResult {
  return { path, status: 'failed', reason, activityIds: [] };
}

function skipped(path: string, reason: string): ImportFileResult {
  return { path, status: 'skipped', reason, activityIds: [] };
}
