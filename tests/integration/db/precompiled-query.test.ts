import { DummyDriver, Kysely, sql, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../../src-main/node/db/connection';
import { compileWithSlots, precompiled } from '../../../src-main/node/db/precompiled-query';
import type { Database } from '../../../src-main/node/db/schema';

/** A PostgreSQL Kysely that compiles but never connects: what the precompiled queries see of that dialect. */
const postgres = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

const settingsFrom = (db: Kysely<Database>, p: { key: string; limit: number }) =>
  db.selectFrom('settings').select('value').where('key', '=', p.key).where('value', '!=', 'fixed').limit(p.limit);

let handle: DatabaseHandle;
beforeEach(() => {
  handle = openDatabase(':memory:');
});
afterEach(async () => {
  await handle.close();
});

describe('precompiled queries', () => {
  it('compile with the dialect of the database they are given, each parameter traced to its field', () => {
    const onSqlite = compileWithSlots(handle.db, settingsFrom);
    const onPostgres = compileWithSlots(postgres, settingsFrom);
    expect(onSqlite.compiled.sql).toBe('select "value" from "settings" where "key" = ? and "value" != ? limit ?');
    expect(onPostgres.compiled.sql).toBe('select "value" from "settings" where "key" = $1 and "value" != $2 limit $3');
    for (const { slots } of [onSqlite, onPostgres])
      expect(slots).toEqual([{ field: 'key' }, { fixed: 'fixed' }, { field: 'limit' }]);
  });

  it('refuse a builder that writes a value into the SQL text, where a new value could never reach it', () => {
    expect(() =>
      compileWithSlots(handle.db, (db, p: { key: string }) =>
        db.selectFrom('settings').select('value').where('key', '=', sql.lit(p.key)),
      ),
    ).toThrow(/a parameter was inlined into precompiled SQL/);
  });

  it('run with the values of each call, on the database and inside a transaction alike', async () => {
    await handle.db
      .insertInto('settings')
      .values([
        { key: 'a', value: '1' },
        { key: 'b', value: '2' },
      ])
      .execute();
    const query = precompiled(settingsFrom);
    expect(await query.run(handle.db, { key: 'a', limit: 1 })).toEqual([{ value: '1' }]);
    expect(await query.run(handle.db, { key: 'b', limit: 1 })).toEqual([{ value: '2' }]);
    await handle.db.transaction().execute(async (trx) => {
      await trx.updateTable('settings').set({ value: '3' }).where('key', '=', 'b').execute();
      expect(await query.run(trx, { key: 'b', limit: 1 })).toEqual([{ value: '3' }]);
    });
    expect(await query.run(handle.db, { key: 'b', limit: 0 })).toEqual([]);
  });
});
