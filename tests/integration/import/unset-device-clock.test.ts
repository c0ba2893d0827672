import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeActivityFile } from '../../../src-main/node/import/decoders';
import { dateUnsetDeviceClock } from '../../../src-main/node/import/decoders/fit/device-clock';
import type { ParsedFit } from '../../../src-main/node/import/decoders/fit/parsed-types';
import { describeActivityWarning } from '../../../src-main/common/domain/activity-warnings';
import { listActivities } from '../../../src-main/node/services/activities';
import { setActivityStart } from '../../../src-main/node/services/activity-dating';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { importPaths } from '../../../src-main/node/services/imports';
import { writeFitActivity } from '../../helpers/fit-writer';
import { fixturePath, fixturesSkipReason } from '../../helpers/fixtures';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

/** FIT times below 0x10000000 s count from the device's power-on; read as dates they land in 1990–1998. */
const FIT_EPOCH_MS = Date.UTC(1989, 11, 31);
const systemTime = (seconds: number) => new Date(FIT_EPOCH_MS + seconds * 1000);
const UNSET = /^the device clock was not set \(its times count from power-on\): /;

describe('a recording whose device clock was never set', () => {
  const powerOnRide = () =>
    writeFitActivity({ sport: 'run', durationSeconds: 1800, start: systemTime(3_000_000), seed: 3 });

  it('is dated from the file modification time, taken as the end of the recording', async () => {
    const modifiedMs = Date.parse('2024-05-01T08:00:00Z');
    const { activities, warnings } = await decodeActivityFile('run.fit', powerOnRide(), { fileModifiedMs: modifiedMs });
    const { record } = activities[0]!;
    expect(Date.parse(record.startTime) + record.elapsedSeconds * 1000).toBeCloseTo(modifiedMs, -4);
    expect(record.utcOffsetMinutes).toBe(0);
    expect(record.laps[0]!.startTime).toBe(record.startTime);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^the device clock was not set \(its times count from power-on\): dated from the file's modification time \(2024-05-01T08:00:00Z\) taken as the end of the recording, so it starts 2024-05-01T07:\d\d:\d\dZ \(earlier if the file was copied after the activity\)$/,
      ),
    ]);
  });

  it('says "date unknown" when the file gives no other date, and keeps the power-on count as written', async () => {
    const { activities, warnings } = await decodeActivityFile('run.fit', powerOnRide());
    expect(activities[0]!.record.startTime).toBe('1990-02-03T17:20:00.000Z');
    expect(warnings).toEqual([
      'date unknown: the device clock was not set (its times count from power-on) and neither the file nor its modification time gives the real date; it is filed at 1990-02-03, the power-on count read as a date',
    ]);
  });

  it('prefers a timestamp correlation message, and takes its local offset', () => {
    const start = systemTime(500_000);
    const record = { timestamp: systemTime(500_001) };
    const parsed = {
      file_ids: [{ time_created: systemTime(500_000) }],
      sessions: [{ start_time: start, timestamp: systemTime(503_600) }],
      records: [record],
      activity: { timestamp: systemTime(503_600), local_timestamp: systemTime(1_000) },
      timestamp_correlation: {
        timestamp: new Date('2024-03-10T10:00:00Z'),
        system_timestamp: systemTime(500_100),
        local_timestamp: new Date('2024-03-10T11:00:00Z'),
      },
      // fit-file-parser lists each message again under `messages`: every date must move once.
      messages: { record: [record] },
    } as unknown as ParsedFit;
    expect(dateUnsetDeviceClock(parsed, { fileModifiedMs: Date.parse('2030-01-01T00:00:00Z') })).toEqual({
      warning:
        "the device clock was not set (its times count from power-on): dated from the file's timestamp correlation message, so it starts 2024-03-10T09:58:20Z",
      dated: true,
    });
    expect(parsed.records![0]!.timestamp!.toISOString()).toBe('2024-03-10T09:58:21.000Z');
    expect(parsed.activity!.timestamp!.toISOString()).toBe('2024-03-10T10:58:20.000Z');
    expect(parsed.activity!.local_timestamp!.toISOString()).toBe('2024-03-10T11:58:20.000Z');
  });

  it('uses a real file_id time_created as the start when there is no correlation', () => {
    const parsed = {
      file_ids: [{ time_created: new Date('2023-07-01T05:00:00Z') }],
      sessions: [{ start_time: systemTime(42), timestamp: systemTime(1242) }],
      records: [{ timestamp: systemTime(42) }, { timestamp: systemTime(1242) }],
    } as unknown as ParsedFit;
    expect(dateUnsetDeviceClock(parsed, {})).toEqual({ warning: expect.stringMatching(UNSET), dated: true });
    expect(parsed.sessions![0]!.start_time!.toISOString()).toBe('2023-07-01T05:00:00.000Z');
    expect(parsed.records![1]!.timestamp!.toISOString()).toBe('2023-07-01T05:20:00.000Z');
  });
});

describe('a watch folder file from a device with an unset clock', () => {
  let app: TempApp;
  beforeEach(() => {
    app = createTempApp({ now: new Date('2024-06-01T12:00:00Z') });
  });
  afterEach(() => app.dispose());

  it('is dated from its modification time, and the import report says so', async () => {
    const athlete = await createAthlete(app.ctx, { name: 'Old Watch', sports: ['run'], thresholds: {} });
    const folder = join(app.dir, 'watch');
    mkdirSync(folder);
    const file = join(folder, 'run.fit');
    writeFileSync(
      file,
      writeFitActivity({ sport: 'run', durationSeconds: 900, start: systemTime(8_000_000), seed: 4 }),
    );
    const modified = new Date('2024-05-20T18:00:00Z');
    utimesSync(file, modified, modified);

    const report = await importPaths(app.ctx, [folder], { athleteId: athlete.id });

    expect(report.files[0]!.status).toBe('imported');
    expect(report.files[0]!.reason).toMatch(
      /\(warnings: the device clock was not set .*modification time \(2024-05-20T18:00:00Z\)/,
    );
    const [activity] = await listActivities(app.ctx, athlete.id, {});
    expect(activity!.startTime.slice(0, 10)).toBe('2024-05-20');
    // A copy of the file would have moved it: the activity says its date is a guess, and the coach may set it.
    expect(activity!.warnings).toEqual([{ kind: 'date-estimated', modifiedAt: '2024-05-20T18:00:00Z' }]);
    expect(describeActivityWarning(activity!.warnings[0]!, 'UTC')).toBe(
      "Date estimated from the file's modification time (20 May 2024, 18:00) — device clock was not set; set the real start if it differs",
    );
    const set = await setActivityStart(app.ctx, { id: activity!.id, localStart: '2024-05-18T07:30' });
    expect(set.activity.localDate).toBe('2024-05-18');
    expect(set.activity.warnings).toEqual([
      { kind: 'date-set-by-coach', setAt: '2024-06-01T12:00:00.000Z', previousStartTime: activity!.startTime },
    ]);
  });
});

const activitiesDir = fixturePath('activities');
const missing = !existsSync(activitiesDir);

describe.skipIf(missing)(
  `the Forerunner 70 files recorded with an unset clock${missing ? ` (skipped: ${fixturesSkipReason})` : ''}`,
  () => {
    it.each([
      ['fitparse__antfs-dump.63.fit', '1990-07-09'],
      ['fitparse__compressed-speed-distance.fit', '1990-07-18'],
    ])('%s: never silently a 1990 date', async (name, powerOnDay) => {
      const bytes = new Uint8Array(readFileSync(join(activitiesDir, name)));
      const unknown = await decodeActivityFile(name, bytes);
      expect(unknown.warnings).toEqual([
        expect.stringMatching(
          new RegExp(`^date unknown: .* it is filed at ${powerOnDay}, the power-on count read as a date$`),
        ),
      ]);

      const modifiedMs = Date.parse('2012-02-13T12:30:00Z');
      const dated = await decodeActivityFile(name, bytes, { fileModifiedMs: modifiedMs });
      expect(dated.warnings).toEqual([expect.stringMatching(UNSET)]);
      const { record } = dated.activities[0]!;
      expect(record.startTime.slice(0, 10)).toBe('2012-02-13');
      expect(Date.parse(record.startTime) + record.elapsedSeconds * 1000).toBeLessThanOrEqual(modifiedMs);
      expect(record.streams!.time.length).toBeGreaterThan(600);
    });
  },
);
