import type { CompiledQuery, Compilable, Kysely } from 'kysely';
import type { Database, Db } from './schema';

/**
 * Queries built and compiled to SQL once, then run with new values. Kysely builds an operation tree
 * and compiles it on every call, which costs more than SQLite takes to run a primary-key lookup (tens
 * of µs against a few). That is fine almost everywhere, but a refresh after one new activity is a
 * handful of such lookups, run inside imports and before every roster read, so its queries skip it.
 *
 * The builder receives `params`, whose fields stand for the values of each run: the query is compiled
 * with a unique marker string in their place, and each marker's position among the compiled
 * parameters says where that field's value goes. Compiling takes the dialect of the database given
 * (its query compiler), so nothing here is tied to SQLite: the compiled form is kept per dialect
 * adapter, which a database shares with every transaction started from it.
 */

const MARKER = '\u0000param:';

/** Where each compiled parameter comes from: a field of the run's values, or a value fixed at build time. */
type Slot = { field: string } | { fixed: unknown };

export interface SlottedQuery<O> {
  compiled: CompiledQuery<O>;
  slots: readonly Slot[];
}

/**
 * Compiles `build(db, params)` once with `dialect`'s compiler, noting for each compiled parameter which
 * field of `params` it stands for. Throws when a marker ended up inside the SQL text rather than as a
 * parameter. Nothing runs on `dialect`: any database or transaction of the dialect will do.
 */
export function compileWithSlots<P, O>(
  dialect: Db,
  build: (db: Kysely<Database>, params: P) => Compilable<O>,
): SlottedQuery<O> {
  const params = new Proxy({}, { get: (_, field) => `${MARKER}${String(field)}` }) as P;
  const compiled = build(dialect, params).compile();
  if (compiled.sql.includes(MARKER)) throw new Error(`a parameter was inlined into precompiled SQL: ${compiled.sql}`);
  const slots = compiled.parameters.map((value): Slot =>
    typeof value === 'string' && value.startsWith(MARKER) ? { field: value.slice(MARKER.length) } : { fixed: value },
  );
  return { compiled, slots };
}

/**
 * One value per dialect, made on first use for a database of that dialect (a compiled query, a family of
 * them): keyed by the database's dialect adapter, which its transactions share.
 */
export class PerDialect<T> {
  private readonly made = new WeakMap<object, T>();

  constructor(private readonly make: (dialect: Db) => T) {}

  for(db: Db): T {
    const adapter = db.getExecutor().adapter;
    let value = this.made.get(adapter);
    if (value === undefined) this.made.set(adapter, (value = this.make(db)));
    return value;
  }
}

/** Runs an already compiled query with these parameters, on a database or a transaction. */
export async function runCompiled<O>(db: Db, compiled: CompiledQuery<O>, parameters: readonly unknown[]): Promise<O[]> {
  const { rows } = await db.executeQuery<O>({ ...compiled, parameters });
  return rows;
}

export interface PrecompiledQuery<P, O> {
  /** Runs the query with these values; returns the rows (none for a write). */
  run(db: Db, params: P): Promise<O[]>;
}

/** A query compiled on first use for each dialect and run with new values after that; see the module comment. */
export function precompiled<P extends object, O>(
  build: (db: Kysely<Database>, params: P) => Compilable<O>,
): PrecompiledQuery<P, O> {
  const queries = new PerDialect((dialect) => compileWithSlots(dialect, build));
  return {
    run(db, params) {
      const query = queries.for(db);
      const values = params as Record<string, unknown>;
      return runCompiled(
        db,
        query.compiled,
        query.slots.map((slot) => ('field' in slot ? values[slot.field] : slot.fixed)),
      );
    },
  };
}
