import { sql, type Kysely } from 'kysely';
import type { ImportFileResult } from '../../common/contract';
import type { Database } from '../db/schema';
import { writeDecodedFile, type DecodedFile, type WriteContext } from './file-writer';

/** Upper bound on files per transaction, so a long import never holds the database for long. */
const MAX_FILES_PER_BATCH = 32;

interface Pending {
  file: DecodedFile;
  resolve: (result: ImportFileResult) => void;
}

/**
 * The import's single writer. Decoded files queue up while workers parse; each flush writes every
 * waiting file in one transaction (one commit instead of one per file) with a savepoint per file, so
 * a file that fails rolls back alone and the rest commit. A result is handed back only after its
 * commit, so the report never claims a row that a crash could still lose.
 */
export class BatchWriter {
  private readonly pending: Pending[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly context: () => WriteContext,
  ) {}

  write(file: DecodedFile): Promise<ImportFileResult> {
    return new Promise((resolve) => {
      this.pending.push({ file, resolve });
      this.flushing ??= this.flushAll();
    });
  }

  /** Resolves once everything queued so far is committed. */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flushAll(): Promise<void> {
    try {
      while (this.pending.length > 0) await this.flushBatch(this.pending.splice(0, MAX_FILES_PER_BATCH));
    } finally {
      this.flushing = null;
    }
  }

  private async flushBatch(batch: Pending[]): Promise<void> {
    const results: ImportFileResult[] = [];
    const trx = await this.db.startTransaction().execute();
    try {
      for (const { file } of batch) {
        await sql`SAVEPOINT import_file`.execute(trx);
        try {
          results.push(await writeDecodedFile(trx, file, this.context()));
          await sql`RELEASE import_file`.execute(trx);
        } catch (error) {
          await sql`ROLLBACK TO import_file`.execute(trx);
          await sql`RELEASE import_file`.execute(trx);
          results.push({ path: file.path, status: 'failed', reason: `could not be saved: ${errorText(error)}`, activityIds: [] });
        }
      }
      await trx.commit().execute();
    } catch (error) {
      await trx.rollback().execute().catch(() => undefined);
      const reason = `could not be saved: ${errorText(error)}`;
      batch.forEach(({ resolve }, i) => resolve({ path: batch[i]!.file.path, status: 'failed', reason, activityIds: [] }));
      return;
    }
    batch.forEach(({ resolve }, i) => resolve(results[i]!));
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
