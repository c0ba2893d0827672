import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Kysely asks better-sqlite3 to prepare every query anew, and preparing costs more than running a
 * short insert. Reusing prepared statements by SQL text (bounded, least-recently-used) keeps bulk
 * writes such as imports and the demo roster fast. Safe because better-sqlite3 is synchronous and
 * Kysely runs one query at a time on its single connection.
 */
export function withStatementCache(sqlite: SqliteDatabase.Database, capacity = 256): KyselySqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      if (cached) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql) as unknown as SqliteStatement;
      cache.set(sql, statement);
      if (cache.size > capacity) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}
