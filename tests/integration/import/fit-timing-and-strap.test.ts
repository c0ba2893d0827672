import { readFileSync } from 'node:fs';
import { Decoder, Stream } from '@garmin/fitsdk';
import { describe, expect, it } from 'vitest';
import { decodeActivityFile } from '../../../src-main/node/import/decoders';
import { STRAY_RECORD_MARGIN_MS } from '../../../src-main/node/import/decoders/fit/session-timing';
import { buildFitActivity } from '../../helpers/fit-writer';
import { fixturePath, fixturesSkipReason, haveFixtures } from '../../helpers/fixtures';

/**
 * Where a FIT file's clocks and sensors disagree (session-timing.ts, chained-heart-rate.ts): on files
 * generated with the FIT SDK's encoder, so a plain clone runs them, and on the real files that showed
 * each case.
 */
const decode = (name: string, bytes: Uint8Array) => decodeActivityFile(name, bytes);
const decodeFixture = (name: string) => decode(name, new Uint8Array(readFileSync(fixturePath('activities', name))));
const suffix = haveFixtures ? '' : ` (skipped: ${fixturesSkipReason})`;
const YEAR_S = 365 * 86400;

function mean(values: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i]!)) continue;
    sum += values[i]!;
    n++;
  }
  return sum / n;
}

/** Garmin's own merge of strap-stored heart rate into the records (@garmin/fitsdk, mergeHeartRates). */
function sdkMergedMeanHr(bytes: Uint8Array): number {
  const { messages } = new Decoder(Stream.fromByteArray(Array.from(bytes))).read({ mergeHeartRates: true });
  return mean((messages.recordMesgs ?? []).map((r) => r.heartRate ?? Number.NaN));
}

describe('chest-strap heart rate is preferred over the watch (generated files)', () => {
  it("replaces the wrist reading with the strap's stored beats wherever the strap has them, and says so", async () => {
    const swim = buildFitActivity({ sport: 'swim', durationSeconds: 900, strap: { wristOffsetBpm: 14 } });
    const { activities, warnings } = await decode('swim.fit', swim.bytes);
    const { streams } = activities[0]!.record;

    expect(Array.from(streams!.hr!)).toEqual(swim.hr);
    expect(mean(streams!.hr!)).toBeCloseTo(sdkMergedMeanHr(swim.bytes), 1);
    expect(warnings).toEqual([
      `heart rate from the chest strap's stored data (900 beats) for 900 seconds, over the watch's own reading for 900 of them`,
    ]);
  });

  it('keeps the records as they are when the file has no strap data', async () => {
    const ride = buildFitActivity({ sport: 'bike', durationSeconds: 300 });
    const { activities, warnings } = await decode('ride.fit', ride.bytes);
    expect(Array.from(activities[0]!.record.streams!.hr!)).toEqual(ride.recordHr);
    expect(warnings).toEqual([]);
  });
});

describe('record and session times that disagree (generated files)', () => {
  it('starts the activity at its first lap and records when the session claims a later start, with a warning', async () => {
    const start = new Date(Date.UTC(2024, 4, 1, 6, 0, 0));
    const ride = buildFitActivity({ durationSeconds: 1800, start, sessionStartClaimedLateSeconds: 600 });
    const { activities, warnings } = await decode('ride.fit', ride.bytes);
    const { record } = activities[0]!;

    expect(record.startTime).toBe(start.toISOString());
    expect(record.streams!.time.length).toBe(1800);
    expect(Array.from(record.streams!.hr!)).toEqual(ride.hr);
    expect(warnings).toEqual([
      "the session says it started at 06:10:00 UTC, but its first lap and 600 records start at 06:00:00 UTC (10 min earlier): the laps' and records' start was used",
    ]);
  });

  it('leaves out records stamped far after the session instead of stretching the stream, and counts them', async () => {
    const ride = buildFitActivity({
      durationSeconds: 1800,
      strayRecords: { fromSecond: 400, count: 14, shiftSeconds: 2 * YEAR_S },
    });
    const { activities, warnings } = await decode('ride.fit', ride.bytes);
    const { time } = activities[0]!.record.streams!;

    expect(time[time.length - 1]).toBe(1799);
    expect(time.length).toBe(1800);
    expect(warnings).toEqual([
      '14 records timestamped outside the recorded session (2024-05-01 06:00 UTC to 2024-05-01 06:30 UTC) were left out: 14 after its end (up to 2026-05-01 06:06 UTC)',
    ]);
  });

  it('reports records stamped before the session start instead of dropping them silently', async () => {
    const ride = buildFitActivity({
      durationSeconds: 1200,
      strayRecords: { fromSecond: 100, count: 3, shiftSeconds: -3 * 86400 },
    });
    const { activities, warnings } = await decode('ride.fit', ride.bytes);

    expect(activities[0]!.record.startTime).toBe('2024-05-01T06:00:00.000Z');
    expect(warnings).toEqual([
      '3 records timestamped outside the recorded session (2024-05-01 06:00 UTC to 2024-05-01 06:20 UTC) were left out: 3 before its start (from 2024-04-28 06:01 UTC)',
    ]);
  });

  it('keeps records a few minutes past the session end (devices close the file after the timer stops)', async () => {
    const ride = buildFitActivity({
      durationSeconds: 600,
      strayRecords: { fromSecond: 590, count: 10, shiftSeconds: 240 },
    });
    const { activities, warnings } = await decode('ride.fit', ride.bytes);
    expect(warnings).toEqual([]);
    expect(activities[0]!.record.streams!.time.at(-1)).toBe(599 + 240);
  });
});

describe.skipIf(!haveFixtures)(`the real files that showed each case${suffix}`, () => {
  it('Garmin945swimRRdata: the HRM-Pro strap, not the wrist, as the device average (120) and the SDK merge (120.0)', async () => {
    const name = 'goldencheetah__Garmin945swimRRdata.fit';
    const { activities, warnings } = await decodeFixture(name);
    const { record } = activities[0]!;
    const streamMean = mean(record.streams!.hr!);

    expect(record.avgHr).toBe(120);
    expect(streamMean).toBeCloseTo(sdkMergedMeanHr(new Uint8Array(readFileSync(fixturePath('activities', name)))), 0);
    expect(Math.abs(streamMean - 120)).toBeLessThan(0.5);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^heart rate from the chest strap's stored data \(7261 beats\) for 2915 seconds, over the watch's own reading for 2915 of them$/,
      ),
    ]);
  });

  it('every file with strap-stored heart rate: the stream agrees with the SDK merge within 0.5 bpm', async () => {
    const files = [
      'fitdecode__garmin-fr935-cr.fit',
      'fitparse__event_timestamp.fit',
      'fitparse__sample_mulitple_header.fit',
      'garmin-js-sdk__HrmPluginTestActivity.fit',
      'goldencheetah__Garmin945swimRRdata.fit',
      'goldencheetah__GarminHRMswim.FIT',
      'tormoder-fit__activity_poolswim_with_hr.fit',
    ];
    for (const name of files) {
      const bytes = new Uint8Array(readFileSync(fixturePath('activities', name)));
      const { activities } = await decode(name, bytes);
      const streamHr = activities.flatMap((a) => Array.from(a.record.streams?.hr ?? []));
      expect(Math.abs(mean(streamHr) - sdkMergedMeanHr(bytes)), name).toBeLessThan(0.5);
    }
  });

  it("fenix2 multisport: the first leg starts with its lap and records at 07:14:44, not the session's 08:00:01", async () => {
    const { activities, warnings } = await decodeFixture('fitparse__activity-large-fenxi2-multisport.fit');
    const first = activities[0]!.record;

    expect(first.startTime).toBe('2015-08-29T07:14:44.000Z');
    expect(first.laps[0]!.startTime).toBe(first.startTime);
    // 11 738 s of elapsed time, all of it recorded: the session's own duration ends it where leg 2 starts.
    expect(first.streams!.time.length).toBeGreaterThanOrEqual(11_738);
    expect(Date.parse(first.startTime) + first.elapsedSeconds * 1000).toBeLessThanOrEqual(
      Date.parse(activities[1]!.record.startTime),
    );
    expect(warnings).toEqual([
      "session 1 of 7 says it started at 08:00:01 UTC, but its first lap and 2700 records start at 07:14:44 UTC (45 min 17 s earlier): the laps' and records' start was used",
      // The plausibility filter's own finding in a later leg (a barometric jump), reported beside it.
      'activity 4: 1 altitude sample jumping faster than 50 m/s excluded',
    ]);
  });

  it('Edge 500 2013-04-11-17-32-50: the 14 records stamped 2015 are left out and counted; the stream spans the ride', async () => {
    const { activities, warnings } = await decodeFixture('goldencheetah__2013-04-11-17-32-50.fit');
    const { record } = activities[0]!;
    const { time } = record.streams!;

    expect(time[time.length - 1]).toBeLessThanOrEqual(record.elapsedSeconds + STRAY_RECORD_MARGIN_MS / 1000);
    expect(warnings).toEqual([
      '14 records timestamped outside the recorded session (2013-04-11 21:32 UTC to 2013-04-11 23:30 UTC) were left out: 14 after its end (up to 2015-06-11 21:36 UTC)',
    ]);
  });
});
