import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallOutput, Method, PushEvent } from '../../../src-main/common/contract';
import { dispatch } from '../../../src-main/node/api/dispatch';
import { createCoachApp } from '../../../src-main/node/app';
import { findLoadState } from '../../../src-main/node/db/repositories/load-state';
import { coach } from '../../helpers/cli';
import { fixturePath, fixturesSkipReason, haveFixtures } from '../../helpers/fixtures';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

const MALFORMED = [
  'date,hrv_rmssd,resting_hr,sleep_hours,soreness,note',
  '2026-03-01,52,48,7.5,2,easy day',
  '2026-03-02;55;47;8;1;x',
  '2026-03-03,50,49',
  '2026-02-30,51,49,7,2,',
  '2026-03-04,400,49,7,2,',
  '2026-03-05,49,50,6.5,4,"legs heavy, slept badly"',
].join('\n');

let app: TempApp;

/** A call through dispatch (validation included) that must succeed; its value typed by the contract. */
async function call<M extends Method>(method: M, input: unknown): Promise<CallOutput<M>> {
  const result = await dispatch(app.handlers, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as CallOutput<M>;
}

let athleteId: number;
let events: PushEvent[];
beforeEach(async () => {
  app = createTempApp();
  events = [];
  app.ctx.events.subscribe((e) => events.push(e));
  athleteId = (await call('athletes.create', { name: 'Ana Ruiz', sports: ['run'] })).id;
});
afterEach(() => app.dispose());

const stored = () => call('wellness.list', { athleteId, from: '2026-01-01', to: '2026-12-31' });

describe('wellness.importCsv', () => {
  it('imports the good rows of a malformed CSV and reports each bad one by line', async () => {
    const report = await call('wellness.importCsv', { athleteId, fileName: 'mixed.csv', text: MALFORMED });
    expect(report).toMatchObject({
      imported: 2,
      skipped: 4,
      format: { id: 'template' },
      dateRange: { from: '2026-03-01', to: '2026-03-05' },
    });
    expect(report.errors.map((e) => [e.line, e.column ?? null])).toEqual([
      [3, null],
      [4, null],
      [5, 'date'],
      [6, 'hrv_rmssd'],
    ]);
    expect(report.errors[0]!.message).toMatch(/^wrong delimiter/);
    expect(report.errors[1]!.message).toMatch(/^missing columns/);

    const days = await stored();
    expect(days.map((d) => [d.date, d.hrvRmssd, d.restingHr, d.sleepHours, d.soreness, d.note])).toEqual([
      ['2026-03-01', 52, 48, 7.5, 2, 'easy day'],
      ['2026-03-05', 49, 50, 6.5, 4, 'legs heavy, slept badly'],
    ]);
    expect(events).toContainEqual({ type: 'data.changed', scope: 'wellness', athleteId });
    expect((await findLoadState(app.ctx.db, athleteId))?.wellnessDirty).toBe(true);
  });

  it('merges into stored days: values the file lacks are kept, values it has replace', async () => {
    await dispatch(app.handlers, 'wellness.importCsv', {
      athleteId,
      fileName: 'sleep.csv',
      text: 'date,sleep_hours,mood\n2026-03-01,7.5,4',
    });
    await dispatch(app.handlers, 'wellness.importCsv', {
      athleteId,
      fileName: 'hrv.csv',
      text: 'date,hrv_rmssd,mood\n2026-03-01,61,2',
    });
    expect(await stored()).toEqual([
      expect.objectContaining({ date: '2026-03-01', sleepHours: 7.5, hrvRmssd: 61, mood: 2 }),
    ]);
  });

  it('writes nothing and reports line 1 when the header is unknown', async () => {
    const result = await dispatch(app.handlers, 'wellness.importCsv', {
      athleteId,
      fileName: 'x.csv',
      text: 'Day,RMSSD\n2026-03-01,50\n2026-03-02,51',
    });
    expect(result).toMatchObject({ ok: true, value: { imported: 0, skipped: 2, format: null, errors: [{ line: 1 }] } });
    expect(await stored()).toEqual([]);
    expect(events.some((e) => e.type === 'data.changed' && e.scope === 'wellness')).toBe(false);
  });

  it('previews a mapping for an unknown header without writing', async () => {
    const preview = await dispatch(app.handlers, 'wellness.previewCsv', {
      text: 'Day,RMSSD\n2026-03-01,50\n2026-03-02,51',
      mapping: { columns: { Day: 'date', RMSSD: 'hrv_rmssd' } },
    });
    expect(preview).toMatchObject({
      ok: true,
      value: { format: { id: 'custom' }, dayCount: 2, errors: [], delimiter: 'comma' },
    });
    expect(await stored()).toEqual([]);
  });

  it('validates its input: an unknown athlete, a mapping target that does not exist', async () => {
    expect(
      await dispatch(app.handlers, 'wellness.importCsv', {
        athleteId: 999,
        fileName: 'a.csv',
        text: 'date,mood\n2026-03-01,3',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await dispatch(app.handlers, 'wellness.previewCsv', { text: 'a', mapping: { columns: { a: 'vo2max' } } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});

describe('coach wellness import', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coach-wellness-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const newAthlete = async (db: string) =>
    JSON.parse((await coach('athletes', 'add', '--db', db, '--name', 'Ana', '--json')).stdout).id as number;

  it('prints the report with line-numbered errors as JSON and exits 0 when some rows were imported', async () => {
    const db = join(dir, 'coach.db');
    const id = await newAthlete(db);
    const file = join(dir, 'mixed.csv');
    writeFileSync(file, MALFORMED);
    const result = await coach('wellness', 'import', file, '--athlete', String(id), '--db', db, '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ fileName: 'mixed.csv', imported: 2, skipped: 4 });
    expect(report.errors.map((e: { line: number }) => e.line)).toEqual([3, 4, 5, 6]);
  });

  it('exits 1 when nothing could be imported, and 2 without --athlete', async () => {
    const db = join(dir, 'coach.db');
    const id = await newAthlete(db);
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'date|hrv_rmssd\n2026-03-01|50');
    const result = await coach('wellness', 'import', file, '--athlete', String(id), '--db', db, '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).errors[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/^wrong delimiter/),
    });
    expect((await coach('wellness', 'import', file, '--db', db)).code).toBe(2);
  });

  it("applies the API's 5 MB cap, reading a file far beyond it not at all", async () => {
    const db = join(dir, 'coach.db');
    const id = await newAthlete(db);
    const big = join(dir, 'big.csv');
    const row = '2026-03-01,52\n';
    writeFileSync(big, `date,hrv_rmssd\n${row.repeat(Math.ceil(5_000_001 / row.length))}`);
    const huge = join(dir, 'huge.csv');
    writeFileSync(huge, '');
    truncateSync(huge, 21_000_000);

    for (const file of [big, huge]) {
      const result = await coach('wellness', 'import', file, '--athlete', String(id), '--db', db, '--json');
      expect(result).toMatchObject({
        code: 1,
        stdout: '',
        stderr: 'coach wellness: text: the file is larger than 5 MB',
      });
    }
  });

  it('refuses a file with a broken character, naming the field and where, and imports nothing', async () => {
    const db = join(dir, 'coach.db');
    const id = await newAthlete(db);
    const file = join(dir, 'windows.csv');
    // A UTF-16 export whose note lost the second half of an emoji.
    writeFileSync(file, Buffer.from('\uFEFFdate\tnote\n2026-03-01\tgood\n2026-03-02\tslept \uD83D\n', 'utf16le'));

    const result = await coach('wellness', 'import', file, '--athlete', String(id), '--db', db, '--json');

    expect(result).toMatchObject({
      code: 1,
      stderr:
        'coach wellness: text: holds a broken character at line 3, character 18 (half of a UTF-16 surrogate pair, which cannot be stored): retype or remove it',
    });
    const check = createCoachApp(db);
    const stored = await check.ctx.db.selectFrom('wellness').selectAll().execute();
    await check.close();
    expect(stored).toEqual([]);
  });

  it.skipIf(!haveFixtures)(
    `imports a real Elite HRV export${haveFixtures ? '' : ` (skipped: ${fixturesSkipReason})`}`,
    async () => {
      const db = join(dir, 'coach.db');
      const id = await newAthlete(db);
      const file = fixturePath('wellness', 'goldencheetah__ElitHRV_Export_-_2017-10-02.csv');
      const result = await coach('wellness', 'import', file, '--athlete', String(id), '--db', db, '--json');
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({
        format: { id: 'elite-hrv' },
        imported: 23,
        skipped: 0,
        dateRange: { from: '2017-09-06', to: '2017-10-02' },
      });
    },
  );
});
