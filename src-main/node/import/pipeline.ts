import { basename } from 'node:path';
import type { ImportFileResult, ImportReport } from '../../common/contract';
import { activityIdsOfFile, findKnownFile, importedFileSizes } from '../db/repositories/imports';
import type { ServiceContext } from '../services/context';
import { BatchWriter } from './batch-writer';
import { sharedDecodePool, type DecodePoolOptions } from './decode-pool';
import type { DecodeOutcome } from './decode-protocol';
// From the modules themselves, not the decoders' index: the decoders (and their parsers) load only in the decode workers.
import { ArchiveRefused, openZipArchive, type ZipArchive } from './decoders/archive';
import { DecodeError } from './decoders/types';
import { describeFsError, isImportableName } from './file-sources';
import { ImportJob } from './import-job';
import { describeKnownFile } from './known-file';
import { discardOriginal, sha256Hex } from './original-store';
import { summarizeImport } from './report';
import { sizeRefusal } from './size-caps';

/** One file to import, read lazily so a large import never holds every file in memory. */
export interface ImportSource {
  /** What the report calls it (a path, or an uploaded file's name). */
  path: string;
  bytes: number;
  read(): Promise<Uint8Array>;
  /** Where a decode worker can read it itself, for a file on this machine. */
  localPath?: string;
  /** Its modification time on disk, if it is a file (dates a recording whose device clock was unset). */
  modifiedMs?: number;
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
/** From this many files on, an import reads once which file sizes are known (importedFileSizes). */
const SIZE_PREFILTER_MIN_FILES = 16;

/**
 * Imports files end to end: read, hash, skip known content, decode in worker threads (which also
 * compute the threshold-free metrics, encode the streams and keep the original), then hand each
 * decoded file to the single batch writer. A local file whose size no imported file has cannot be
 * known, so in a large import its worker reads and hashes it too and the main thread never holds it.
 * Every file gets a result with a specific reason; a file that fails writes nothing and never stops
 * the others. Progress goes to ctx.events as job.progress.
 */
export async function runImportJob(
  ctx: ServiceContext,
  sources: ImportSource[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const totalBytes = sources.reduce((sum, s) => sum + s.bytes, 0);
  const label = options.label ?? `Importing ${sources.length} file${sources.length === 1 ? '' : 's'}`;
  const job = new ImportJob(label, sources.length, totalBytes, (event) => ctx.events.emit(event));
  options.onJobStarted?.(job.id);
  const pool = sharedDecodePool({
    size: options.workers,
    timeoutMs: options.timeoutMs,
    createWorker: options.createWorker,
  });
  const writer = new BatchWriter(
    ctx.db,
    () => ({ athleteId: options.athleteId, now: ctx.now() }),
    (sha256) => discardOriginal(ctx.dataDir, sha256),
  );
  const keepOriginal = { dataDir: ctx.dataDir };
  const knownSizes = sources.length >= SIZE_PREFILTER_MIN_FILES ? await importedFileSizes(ctx.db) : null;

  // Cancelling drops the files still waiting for the writer; a batch already being written commits.
  job.signal.addEventListener('abort', () => writer.discardPending((file) => skipped(file.path, CANCELLED)), {
    once: true,
  });

  /** Hands a decode outcome to the writer; resolves at once, the result comes with its batch's commit. */
  const handOn = (path: string, outcome: DecodeOutcome): Handed => {
    if (job.signal.aborted) return now(skipped(path, CANCELLED));
    if (!outcome.ok) return now(failed(path, outcome.reason));
    const { sha256, byteLength } = outcome.file;
    return { result: writer.write({ path, name: basename(path), sha256, byteLength, decoded: outcome.result }) };
  };

  /** A file (or archive entry) held here: hashed here, so a file imported before skips its decode. */
  const importEntry = async (path: string, bytes: Uint8Array, modifiedMs?: number): Promise<Handed> => {
    const sha256 = sha256Hex(bytes);
    if ((await activityIdsOfFile(ctx.db, sha256)).length > 0) {
      const known = (await findKnownFile(ctx.db, sha256))!;
      return now({ path, status: 'duplicate', reason: describeKnownFile(known), activityIds: known.activityIds });
    }
    if (job.signal.aborted) return now(skipped(path, CANCELLED));
    return handOn(path, await pool.decode(basename(path), { bytes, sha256, modifiedMs }, keepOriginal));
  };

  const importSource = async (source: ImportSource): Promise<Handed[]> => {
    const tooLarge = sizeRefusal(source.path, source.bytes);
    if (tooLarge) return [now(failed(source.path, tooLarge))];
    if (source.localPath && knownSizes && !knownSizes.has(source.bytes) && !/\.zip$/i.test(source.path)) {
      const outcome = await pool.decode(
        basename(source.path),
        { path: source.localPath, modifiedMs: source.modifiedMs },
        keepOriginal,
      );
      if (outcome.ok || !outcome.isArchive) return [handOn(source.path, outcome)];
    }
    return importHeldSource(source);
  };

  const importHeldSource = async (source: ImportSource): Promise<Handed[]> => {
    let bytes: Uint8Array;
    try {
      bytes = await source.read();
    } catch (error) {
      return [now(failed(source.path, `could not be read: ${describeFsError(error)}`))];
    }
    let archive;
    try {
      archive = openZipArchive(basename(source.path), bytes);
    } catch (error) {
      return [now(failed(source.path, reasonOf(error)))];
    }
    return archive ? importArchive(source.path, archive) : [await importEntry(source.path, bytes, source.modifiedMs)];
  };

  /** An archive's files one at a time: only the file being handed on is held expanded. */
  const importArchive = async (path: string, archive: ZipArchive): Promise<Handed[]> => {
    const importable = archive.files.filter((e) => isImportableName(e.name));
    if (importable.length === 0) return [now(skipped(path, 'the archive holds no FIT, TCX or GPX files'))];
    const handed: Handed[] = [];
    for (const entry of importable) {
      const entryPath = `${path}!/${entry.name}`;
      let bytes: Uint8Array;
      try {
        bytes = await archive.read(entry);
      } catch (error) {
        if (error instanceof ArchiveRefused) {
          handed.push(now(failed(path, error.message)));
          break;
        }
        handed.push(now(failed(entryPath, reasonOf(error))));
        continue;
      }
      handed.push(await importEntry(entryPath, bytes));
    }
    return handed;
  };

  // Twice as many files in flight as workers: one decoding, one being read, per worker; decoded files
  // wait for their commit in the writer's queue, not in a lane. Largest first, so one long ride does
  // not run alone at the end while the other workers idle; the report keeps the order the files were
  // given in. A file counts as done for the progress bar once its result is final (committed).
  const results: ImportFileResult[][] = new Array(sources.length);
  const settled: Promise<void>[] = [];
  const order = sources.map((_, index) => index).sort((a, b) => sources[b]!.bytes - sources[a]!.bytes);
  let next = 0;
  const lane = async () => {
    while (next < order.length) {
      const index = order[next++]!;
      const source = sources[index]!;
      const handed = job.signal.aborted ? [now(skipped(source.path, CANCELLED))] : await importSource(source);
      settled.push(
        Promise.all(handed.map((h) => h.result)).then((fileResults) => {
          results[index] = fileResults;
          job.advance(1, source.bytes);
        }),
      );
      await writer.room();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, pool.size * 2) }, lane));
    await writer.drain();
    await Promise.all(settled);
  } finally {
    job.finish();
  }
  const report = summarizeImport(results.flat());
  if (report.summary.imported > 0) ctx.events.emit({ type: 'data.changed', scope: 'activities' });
  if (writer.wroteWellness) ctx.events.emit({ type: 'data.changed', scope: 'wellness' });
  if (report.files.some((f) => f.status === 'skipped')) ctx.events.emit({ type: 'data.changed', scope: 'imports' });
  return report;
}

/** A file handed on: its result, final now or once the writer has committed it. */
interface Handed {
  result: Promise<ImportFileResult>;
}

function now(result: ImportFileResult): Handed {
  return { result: Promise.resolve(result) };
}

function reasonOf(error: unknown): string {
  return error instanceof DecodeError ? error.message : String(error);
}

function failed(path: string, reason: string): ImportFileResult {
  return { path, status: 'failed', reason, activityIds: [] };
}

function skipped(path: string, reason: string): ImportFileResult {
  return { path, status: 'skipped', reason, activityIds: [] };
}
