import type { Selectable } from 'kysely';
import type { PmcResumeRow, PmcRow } from '../../../common/domain/load/pmc';
import { compileWithSlots, PerDialect, precompiled, runCompiled, type SlottedQuery } from '../precompiled-query';
import type { DailyLoadTable, Db } from '../schema';

/** The stored PMC, one row per athlete and day (table daily_load): read for charts and rules, rewritten from a date on. */

/** A stored PMC day: the domain row plus the rolling load sums the roster shows. */
export interface StoredPmcDay extends PmcRow {
  load7d: number;
  load28d: number;
}

/** The `count` stored rows that end on the day before `beforeDate`, oldest first. */
export async function pmcRowsBefore(
  db: Db,
  athleteId: number,
  beforeDate: string,
  count: number,
): Promise<StoredPmcDay[]> {
  const rows = await PMC_ROWS_BEFORE.run(db, { athleteId, beforeDate, count });
  return rows.reverse().map(toStoredDay);
}

/**
 * The `count` stored rows ending on the day before `beforeDate`, oldest first, with only the columns
 * resumePmc reads (building row objects costs more than finding them).
 */
export async function pmcResumeRowsBefore(
  db: Db,
  athleteId: number,
  beforeDate: string,
  count: number,
): Promise<PmcResumeRow[]> {
  const rows = await PMC_RESUME_ROWS_BEFORE.run(db, { athleteId, beforeDate, count });
  return rows.reverse().map((r) => ({
    date: r.date,
    load: r.load,
    ctl: r.ctl,
    atl: r.atl,
    acuteEwma: r.acute_ewma,
    chronicEwma: r.chronic_ewma,
  }));
}

const PMC_RESUME_ROWS_BEFORE = precompiled((db, p: { athleteId: number; beforeDate: string; count: number }) =>
  db
    .selectFrom('daily_load')
    .select(['date', 'load', 'ctl', 'atl', 'acute_ewma', 'chronic_ewma'])
    .where('athlete_id', '=', p.athleteId)
    .where('date', '<', p.beforeDate)
    .orderBy('date', 'desc')
    .limit(p.count),
);

const PMC_ROWS_BEFORE = precompiled((db, p: { athleteId: number; beforeDate: string; count: number }) =>
  db
    .selectFrom('daily_load')
    .selectAll()
    .where('athlete_id', '=', p.athleteId)
    .where('date', '<', p.beforeDate)
    .orderBy('date', 'desc')
    .limit(p.count),
);

/** A PMC day as the chart reads it: the stored row without the columns kept for resuming and the roster. */
export type PmcSeriesDay = Omit<PmcRow, 'acuteEwma' | 'chronicEwma'>;

/**
 * The stored days of the range (all when open-ended) with only the columns a chart shows, from one
 * precompiled query: a 3-year history is over 1 000 rows, read each time an athlete page opens.
 */
export async function listPmcSeriesDays(
  db: Db,
  athleteId: number,
  range: { from?: string; to?: string },
): Promise<PmcSeriesDay[]> {
  const rows = await PMC_SERIES_DAYS.run(db, { athleteId, ...openRange(range) });
  return rows.map(toSeriesDay);
}

// ISO dates compare as text: '' is before any date, '9999-12-31' after any the app stores.
function openRange(range: { from?: string; to?: string }): { from: string; to: string } {
  return { from: range.from ?? '', to: range.to ?? '9999-12-31' };
}

function toSeriesDay(
  r: Pick<
    DailyLoadRow,
    'date' | 'load' | 'ctl' | 'atl' | 'tsb' | 'ramp' | 'acwr' | 'acwr_ewma' | 'monotony' | 'strain'
  >,
): PmcSeriesDay {
  return {
    date: r.date,
    load: r.load,
    ctl: r.ctl,
    atl: r.atl,
    tsb: r.tsb,
    ramp: r.ramp,
    acwr: r.acwr,
    acwrEwma: r.acwr_ewma,
    monotony: r.monotony,
    strain: r.strain,
  };
}

const PMC_SERIES_DAYS = precompiled((db, p: { athleteId: number; from: string; to: string }) =>
  db
    .selectFrom('daily_load')
    .select(['date', 'load', 'ctl', 'atl', 'tsb', 'ramp', 'acwr', 'acwr_ewma', 'monotony', 'strain'])
    .where('athlete_id', '=', p.athleteId)
    .where('date', '>=', p.from)
    .where('date', '<=', p.to)
    .orderBy('date'),
);

export async function listPmcDays(
  db: Db,
  athleteId: number,
  range: { from?: string; to?: string },
): Promise<StoredPmcDay[]> {
  const rows = await PMC_DAYS.run(db, { athleteId, ...openRange(range) });
  return rows.map(toStoredDay);
}

// Precompiled: the anomaly rules read a few months of every athlete's days each time they run.
const PMC_DAYS = precompiled((db, p: { athleteId: number; from: string; to: string }) =>
  db
    .selectFrom('daily_load')
    .selectAll()
    .where('athlete_id', '=', p.athleteId)
    .where('date', '>=', p.from)
    .where('date', '<=', p.to)
    .orderBy('date'),
);

/** Replaces the stored rows from `fromDate` on (all of them when null) with `days`. */
export async function replacePmcDays(
  db: Db,
  athleteId: number,
  fromDate: string | null,
  days: readonly StoredPmcDay[],
): Promise<void> {
  await deletePmcDays(db, athleteId, fromDate);
  await upsertPmcDays(db, athleteId, days);
}

/** Deletes the stored rows from `fromDate` on (all of them when null). */
export async function deletePmcDays(db: Db, athleteId: number, fromDate: string | null): Promise<void> {
  if (fromDate === null) await DELETE_ALL_PMC_DAYS.run(db, { athleteId });
  else await DELETE_PMC_DAYS_FROM.run(db, { athleteId, fromDate });
}

const DELETE_ALL_PMC_DAYS = precompiled((db, p: { athleteId: number }) =>
  db.deleteFrom('daily_load').where('athlete_id', '=', p.athleteId),
);
const DELETE_PMC_DAYS_FROM = precompiled((db, p: { athleteId: number; fromDate: string }) =>
  db.deleteFrom('daily_load').where('athlete_id', '=', p.athleteId).where('date', '>=', p.fromDate),
);

/**
 * Writes `days`, replacing stored rows of the same dates: a few multi-row upserts, each compiled
 * once for its row count (UPSERT_BATCH_ROWS for long runs, the exact count for the rest), so a
 * refresh after one new activity writes its handful of days in one statement.
 */
export async function upsertPmcDays(db: Db, athleteId: number, days: readonly StoredPmcDay[]): Promise<void> {
  for (let i = 0; i < days.length;) {
    const left = days.length - i;
    const count = left >= UPSERT_BATCH_ROWS ? UPSERT_BATCH_ROWS : left > UPSERT_EXACT_ROWS ? UPSERT_EXACT_ROWS : left;
    const { query, positions } = upsertStatement(db, count);
    const parameters = new Array<unknown>(positions.length);
    const rows = days.slice(i, i + count).map((d) => toRow(athleteId, d));
    for (let j = 0; j < positions.length; j++) {
      const [row, column] = positions[j]!;
      parameters[j] = rows[row]![column];
    }
    await runCompiled(db, query.compiled, parameters);
    i += count;
  }
}

/** Rows per statement of a long write: 15 columns × 128 rows stays well under SQLite's parameter limit. */
const UPSERT_BATCH_ROWS = 128;
/** Shorter writes up to this many rows get a statement of their exact size; longer remainders go in pieces of it. */
const UPSERT_EXACT_ROWS = 16;

type DailyLoadRow = Selectable<DailyLoadTable>;
type DailyLoadColumn = keyof DailyLoadRow;

const PMC_COLUMNS: readonly DailyLoadColumn[] = [
  'athlete_id',
  'date',
  'load',
  'ctl',
  'atl',
  'tsb',
  'ramp',
  'acwr',
  'acwr_ewma',
  'monotony',
  'strain',
  'acute_ewma',
  'chronic_ewma',
  'load_7d',
  'load_28d',
];

interface UpsertStatement {
  query: SlottedQuery<unknown>;
  /** For each compiled parameter: the row of the batch and the column it takes its value from. */
  positions: [number, DailyLoadColumn][];
}

/** The upserts compiled so far, by dialect and row count. */
const upsertStatements = new PerDialect(() => new Map<number, UpsertStatement>());

function upsertStatement(dialect: Db, count: number): UpsertStatement {
  const compiled = upsertStatements.for(dialect);
  let statement = compiled.get(count);
  if (statement) return statement;
  const query = compileWithSlots(dialect, (db, p: Record<string, unknown>) =>
    db
      .insertInto('daily_load')
      .values(
        Array.from(
          { length: count },
          (_, row) =>
            Object.fromEntries(PMC_COLUMNS.map((column) => [column, p[`${row}:${column}`]])) as unknown as DailyLoadRow,
        ),
      )
      .onConflict((oc) =>
        oc
          .columns(['athlete_id', 'date'])
          .doUpdateSet((eb) =>
            Object.fromEntries(
              PMC_COLUMNS.filter((c) => c !== 'athlete_id' && c !== 'date').map((c) => [c, eb.ref(`excluded.${c}`)]),
            ),
          ),
      ),
  );
  const positions = query.slots.map((slot): [number, DailyLoadColumn] => {
    if (!('field' in slot)) throw new Error('the PMC upsert has a parameter that is not a row value');
    const [row, column] = slot.field.split(':');
    return [Number(row), column as DailyLoadColumn];
  });
  compiled.set(count, (statement = { query, positions }));
  return statement;
}

function toRow(athleteId: number, d: StoredPmcDay): DailyLoadRow {
  return {
    athlete_id: athleteId,
    date: d.date,
    load: d.load,
    ctl: d.ctl,
    atl: d.atl,
    tsb: d.tsb,
    ramp: d.ramp,
    acwr: d.acwr,
    acwr_ewma: d.acwrEwma,
    monotony: d.monotony,
    strain: d.strain,
    acute_ewma: d.acuteEwma,
    chronic_ewma: d.chronicEwma,
    load_7d: d.load7d,
    load_28d: d.load28d,
  };
}

function toStoredDay(r: DailyLoadRow): StoredPmcDay {
  return {
    ...toSeriesDay(r),
    acuteEwma: r.acute_ewma,
    chronicEwma: r.chronic_ewma,
    load7d: r.load_7d,
    load28d: r.load_28d,
  };
}
