import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';

/**
 * Kysely's SQLite transactions start with a plain BEGIN, which takes no lock until the first write. When
 * another process (the CLI importing while the app runs) commits between a transaction's first read
 * and its first write, SQLite cannot upgrade the stale snapshot and fails at once with
 * SQLITE_BUSY_SNAPSHOT, which no busy timeout waits out. BEGIN IMMEDIATE takes the write lock up front,
 * where the busy timeout does wait for the other process's commit. One connection serves a process
 * and Kysely already runs its transactions one at a time, so taking the lock early costs no concurrency.
 */
export class WriteLockingSqliteDialect extends SqliteDialect {
  constructor(
    private readonly driverConfig: SqliteDialectConfig,
    private readonly inTransaction: () => boolean,
  ) {
    super(driverConfig);
  }

  override createDriver(): Driver {
    return new WriteLockingSqliteDriver(this.driverConfig, this.inTransaction);
  }
}

const BEGIN_IMMEDIATE = CompiledQuery.raw('begin immediate');

class WriteLockingSqliteDriver extends SqliteDriver {
  constructor(
    config: SqliteDialectConfig,
    private readonly inTransaction: () => boolean,
  ) {
    super(config);
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(BEGIN_IMMEDIATE);
  }

  /**
   * On some errors (a full disk, an I/O error) SQLite has rolled the transaction back itself. A ROLLBACK
   * then fails with "cannot rollback - no transaction is active", and Kysely would throw that in place
   * of the error that explains what happened.
   */
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.inTransaction()) await super.rollbackTransaction(connection);
  }
}
