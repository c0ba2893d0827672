import type { ControlledTransaction } from 'kysely';
import type { Database, Db, DbHandle } from './schema';
import { storageProblem } from './storage-errors';

/** How one unit of work of a batch ended: its value, or the error it was undone for. */
export type UnitOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

const UNIT = 'batch_unit';

/**
 * One transaction that holds several independent units of work (the import's files), each in its own
 * savepoint: a unit that fails is undone alone and the others commit together, so a bad file never
 * costs the batch, and one commit serves them all.
 */
export class SavepointBatch {
  private constructor(private readonly trx: ControlledTransaction<Database>) {}

  /** Opens the transaction; it takes the write lock at once and waits up to the busy timeout for it (write-lock-dialect.ts). */
  static async begin(db: DbHandle): Promise<SavepointBatch> {
    return new SavepointBatch(await db.startTransaction().execute());
  }

  /** The transaction, for writes that belong to the whole batch rather than to one unit. */
  get db(): Db {
    return this.trx;
  }

  /**
   * Runs `work` in a savepoint: kept when it resolves, undone alone when it throws. A storage problem (a
   * full disk) is thrown instead, because SQLite may have rolled the whole transaction back: rolling back
   * to the savepoint would then fail and hide why, and no other unit of the batch could be saved.
   */
  async attempt<T>(work: (db: Db) => Promise<T>): Promise<UnitOutcome<T>> {
    const unit = await this.trx.savepoint(UNIT).execute();
    try {
      const value = await work(unit);
      await unit.releaseSavepoint(UNIT).execute();
      return { ok: true, value };
    } catch (error) {
      if (storageProblem(error)) throw error;
      await (await unit.rollbackToSavepoint(UNIT).execute()).releaseSavepoint(UNIT).execute();
      return { ok: false, error };
    }
  }

  async commit(): Promise<void> {
    await this.trx.commit().execute();
  }

  /** Undoes the whole batch; never throws, so the error that led here is the one reported. */
  async rollback(): Promise<void> {
    await this.trx
      .rollback()
      .execute()
      .catch(() => undefined);
  }
}
