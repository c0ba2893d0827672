import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type CompiledQuery, type Compilable } from 'kysely';
import type { Database, Db } from './schema';

/**
 * Queries built and compiled to SQL once, then run with new values. Kysely builds an operation tree
 * and compiles it on every call, which costs more than SQLite takes to run a primary-key lookup (tens
 * of µs against a few). That is fine almost everywhere, but a refresh after one new activity is a
 * handful of such lookups, run inside imports and before every roster read, so its queries skip it.
 *
 * The builder receives `params`, whose fields stand for the values of each run: the query is compiled
 * with a unique marker string in their place, and each marker's position among the compiled
 * parameters says where that field's value goes. Compiling needs only the SQLite dialect, not a
 * database, so one compiled query serves every connection and transaction.
 */
const compiler = new Kysely<Database>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

const MARKER = '\u0000param:';

/** Where each compiled parameter comes from: a field of the run's values, or a value fixed at build time. */
type Slot = { field: string } | { fixed: unknown };

export interface SlottedQuery<O> {
  compiled: CompiledQuery<O>;
  slots: readonly Slot[];
}

/**
 * Compiles `build(db, params)` once, noting for each compiled parameter which field of `params` it
 * stands for. Throws when a marker ended up inside the SQL text rather than as a parameter.
 */
export function compileWithSlots<P, O>(build: (db: Kysely<Database>, params: P) => Compilable<O>): SlottedQuery<O> {
  const params = new Proxy({}, { get: (_, field) => `${MARKER}${String(field)}` }) as P;
  const compiled = build(compiler, params).compile();
  if (compiled.sql.includes(MARKER)) throw new Error(`a parameter was inlined into precompiled SQL: ${compiled.sql}`);
  const slots = compiled.parameters.map((value): Slot =>
    typeof value === 'string' && value.startsWith(MARKER) ? { field: value.slice(MARKER.length) } : { fixed: value },
  );
  return { compiled, slots };
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

/** A query compiled on first use and run with new values after that; see the module comment. */
export function precompiled<P extends object, O>(build: (db: Kysely<Database>, params: P) => Compilable<O>): PrecompiledQuery<P, O> {
  let query: SlottedQuery<O> | undefined;
  return {
    run(db, params) {
      query ??= compileWithSlots(build);
      const values = params as Record<string, unknown>;
      return runCompiled(
        db,
        query.compiled,
        query.slots.map((slot) => ('field' in slot ? values[slot.field] : slot.fixed)),
      );
    },
  };
}
