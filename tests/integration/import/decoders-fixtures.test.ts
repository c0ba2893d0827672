import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeActivityMetrics } from '../../../src-main/common/domain/metrics/activity-metrics';
import { DecodeError, decodeActivityFile, type DecodeResult } from '../../../src-main/node/import/decoders';
import { splitChainedFit } from '../../../src-main/node/import/decoders/fit/container';
import { parseFitPart } from '../../../src-main/node/import/decoders/fit/parse-part';
import { STRAY_RECORD_MARGIN_MS } from '../../../src-main/node/import/decoders/fit/session-timing';
import { fixturePath, fixturesDir, fixturesSkipReason } from '../../helpers/fixtures';

/**
 * The decoders against the real device files in ../shared/fixtures (never copied into the repo).
 * A clone without that folder reports these suites as skipped, with the reason in the suite name.
 */
const activitiesDir = fixturePath('activities');
const otherFormatsDir = fixturePath('other-formats');
const corruptDir = fixturePath('corrupt');
const missing = !existsSync(activitiesDir);
const suffix = missing ? ` (skipped: ${fixturesSkipReason})` : '';
const decodeFixture = (dir: string, name: string): Promise<DecodeResult> =>
  decodeActivityFile(name, new Uint8Array(readFileSync(`${dir}/${name}`)));
const list = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => !f.endsWith('.csv'))
        .sort()
    : [];

/** Files that hold no workout, with the reason we give. Everything else must decode to ≥ 1 activity. */
const EXPECTED_NO_ACTIVITY: Record<string, string> = {
  'fitparse__DeveloperData.fit': 'FIT file contains no activity: 3 records but no session and no timestamps',
  'dblock-tcx__brighton-beach.tcx': 'TCX file contains no activity (it holds a course)',
  'goldencheetah__MetadataOnly.gpx': 'GPX file contains no activity: no track points',
  'gpxpy__gpx1.0_with_all_fields.gpx': 'GPX file contains no activity: its track points have no usable timestamps',
  'gpxpy__gpx1.1_with_all_fields.gpx': 'GPX file contains no activity: its track points have no usable timestamps',
  'gpxpy__Mojstrovka.gpx': 'GPX file contains no activity: its track points have no usable timestamps',
  'gpxpy__gpx_with_garmin_extension.gpx': 'GPX file contains no activity: it holds only waypoints',
  'gpxpy__unicode_with_bom.gpx': 'GPX file contains no activity: it holds only waypoints',
  'gpxpy__route.gpx': 'GPX file contains no activity: it holds only a route',
};

describe.skipIf(missing)(`every real activity file decodes${suffix}`, () => {
  const files = [
    ...list(activitiesDir).map((f) => [activitiesDir, f] as const),
    ...list(otherFormatsDir).map((f) => [otherFormatsDir, f] as const),
  ];

  it.each(files)('%s/%s', async (dir, name) => {
    const expectedReason = EXPECTED_NO_ACTIVITY[name];
    if (expectedReason) {
      await expect(decodeFixture(dir, name)).rejects.toThrow(new DecodeError(expectedReason));
      return;
    }
    const result = await decodeFixture(dir, name);
    expect(result.activities.length).toBeGreaterThan(0);
    for (const { record } of result.activities) {
      expect(Number.isFinite(Date.parse(record.startTime))).toBe(true);
      expect(record.timerSeconds).toBeGreaterThan(0);
      expect(record.elapsedSeconds).toBeGreaterThanOrEqual(record.timerSeconds - 1);
      if (record.streams) {
        const { time } = record.streams;
        for (let i = 1; i < time.length; i++) expect(time[i]! - time[i - 1]!).toBeGreaterThanOrEqual(1);
        // A glitched timestamp must not stretch the stream past the activity (session-timing.ts).
        expect(time[time.length - 1]).toBeLessThanOrEqual(record.elapsedSeconds + STRAY_RECORD_MARGIN_MS / 1000);
        for (const channel of Object.values(record.streams)) expect(channel!.length).toBe(time.length);
      }
    }
  });

  it('splits multisport files into legs sharing an event key, in order', async () => {
    for (const name of [
      'jimmykane__triathlon_summary_first.fit',
      'jimmykane__triathlon_summary_last.fit',
      'fitparse__sample_mulitple_header.fit',
    ]) {
      const { activities } = await decodeFixture(activitiesDir, name);
      expect(activities.map((a) => a.record.sport)).toEqual(['swim', 'other', 'bike', 'other', 'run']);
      expect(activities.map((a) => a.record.subSport)).toEqual(['open_water', 'transition', null, 'transition', null]);
      expect(new Set(activities.map((a) => a.eventKey)).size).toBe(1);
      expect(activities.map((a) => a.legIndex)).toEqual([0, 1, 2, 3, 4]);
    }
  });

  it('decodes summary-first and summary-last files of the same triathlon identically', async () => {
    const first = await decodeFixture(activitiesDir, 'jimmykane__triathlon_summary_first.fit');
    const last = await decodeFixture(activitiesDir, 'jimmykane__triathlon_summary_last.fit');
    const shape = (r: DecodeResult) =>
      r.activities.map((a) => [
        a.record.startTime,
        a.record.timerSeconds,
        a.record.streams?.time.length,
        a.record.distanceMeters,
      ]);
    expect(shape(first)).toEqual(shape(last));
  });

  it('reads compressed-timestamp records, RR intervals, pool-swim lengths and the local UTC offset', async () => {
    const compressed = await decodeFixture(activitiesDir, 'fitparse__compressed-speed-distance.fit');
    expect(compressed.activities[0]!.record.streams!.time.length).toBeGreaterThan(3000);
    const hrv = await decodeFixture(activitiesDir, 'fitparse-rs__hrv-activity.fit');
    expect(hrv.activities[0]!.rrIntervalsMs!.length).toBeGreaterThan(2000);
    expect(hrv.activities[0]!.record.utcOffsetMinutes).toBe(60);
    const pool = await decodeFixture(activitiesDir, 'goldencheetah__2016-05-23_18-14-30_4_25.fit');
    expect(pool.activities[0]!.record).toMatchObject({ sport: 'swim', subSport: 'lap_swimming', distanceMeters: 2200 });
    expect(pool.activities[0]!.record.streams!.speed!.some((v) => v > 0.5)).toBe(true);
  });
});

/**
 * Device-computed NP/TSS (fixtures/README.md table, sessions with threshold_power) against ours, given the
 * device's FTP. Convention: NP over the 1 Hz timer-running stream, pauses dropped, zeros and dropouts
 * counted as 0 (docs/domain.md#activity-load); TSS over the session's timer time.
 * The elemnt-bolt file's device TSS (1.5) disagrees with its own NP and FTP (132 s × 243²/330² → 2.0),
 * so for it TSS is compared with the value the device's own NP implies.
 */
const DEVICE_REFERENCE: { file: string; session: number; np: number; tss: number; ftp: number }[] = [
  { file: 'fitparse-rs__hrv-activity.fit', session: 0, np: 250, tss: 29.4, ftp: 248 },
  { file: 'fitparse__2019-02-17-062644-ELEMNT-297E-195-0.fit', session: 0, np: 157, tss: 190, ftp: 220 },
  { file: 'fitparse__Edge810-Vector-2013-08-16-15-35-10.fit', session: 0, np: 301, tss: 118.7, ftp: 315 },
  {
    file: 'fitparse__elemnt-bolt-no-application-id-inside-developer-data-id.fit',
    session: 0,
    np: 243,
    tss: 2.0,
    ftp: 330,
  },
  { file: 'fitparse__sample-activity-indoor-trainer.fit', session: 0, np: 228, tss: 50.8, ftp: 250 },
  { file: 'goldencheetah__MultiSport-2019-11-24.fit', session: 2, np: 143, tss: 276.1, ftp: 223 },
  { file: 'jimmykane__example.fit', session: 0, np: 229, tss: 116.1, ftp: 200 },
  { file: 'jimmykane__file-with-zones.fit', session: 0, np: 147, tss: 76.7, ftp: 234 },
  { file: 'tormoder-fit__garmin.fit', session: 0, np: 264, tss: 210.5, ftp: 284 },
  { file: 'tormoder-fit__unterminated-strings.fit', session: 0, np: 46, tss: 0.1, ftp: 175 },
];

describe.skipIf(missing)(`NP and TSS agree with the values devices wrote${suffix}`, () => {
  it('every file within 3 % (NP) and 5 % (TSS); median error ≤ 1 % and ≤ 1.5 %', async () => {
    const rows = [];
    for (const ref of DEVICE_REFERENCE) {
      const { activities } = await decodeFixture(activitiesDir, ref.file);
      const m = computeActivityMetrics(activities[ref.session]!.record, { thresholds: { ftp: ref.ftp }, sex: null });
      expect(m.npSource).toBe('stream');
      const npError = Math.abs(m.metrics.np! / ref.np - 1);
      // A TSS of 0.1 is at the device's rounding step; compare it in absolute terms.
      const tssError = ref.tss < 1 ? Math.abs(m.metrics.tss! - ref.tss) : Math.abs(m.metrics.tss! / ref.tss - 1);
      rows.push({
        file: ref.file,
        deviceNp: ref.np,
        np: m.metrics.np,
        npError,
        deviceTss: ref.tss,
        tss: m.metrics.tss,
        tssError,
      });
    }
    console.table(
      rows.map((r) => ({
        ...r,
        npError: `${(r.npError * 100).toFixed(2)} %`,
        tssError: `${(r.tssError * 100).toFixed(2)} %`,
      })),
    );
    for (const r of rows) {
      expect(r.npError, r.file).toBeLessThanOrEqual(0.03);
      expect(r.tssError, r.file).toBeLessThanOrEqual(0.05);
    }
    expect(median(rows.map((r) => r.npError))).toBeLessThanOrEqual(0.01);
    expect(median(rows.map((r) => r.tssError))).toBeLessThanOrEqual(0.015);
  });
});

/** python-fitparse's record dumps next to the .fit files: an independent decoder to agree with. */
describe.skipIf(missing)(`records agree with python-fitparse reference decodes${suffix}`, () => {
  const references = existsSync(activitiesDir)
    ? readdirSync(activitiesDir).filter((f) => f.endsWith('-records.csv'))
    : [];

  it.each(references)('%s', async (csvName) => {
    const { activities } = await decodeFixture(activitiesDir, csvName.replace('-records.csv', '.fit'));
    // Two records in one second merge into one sample (later values win), so compare with the last.
    const bySecond = new Map(
      parseReferenceCsv(readFileSync(`${activitiesDir}/${csvName}`, 'utf8')).map((r) => [
        Math.round(r.timeMs / 1000),
        r,
      ]),
    );
    const rows = [...bySecond.values()];
    let compared = 0;
    for (const row of rows) {
      const activity = activities.find((a) => Date.parse(a.record.startTime) <= row.timeMs) ?? activities[0]!;
      const streams = activity.record.streams!;
      const second = Math.round((row.timeMs - Date.parse(activity.record.startTime)) / 1000);
      const index = streams.time.indexOf(second);
      if (index < 0) continue; // a record inside a timer pause, dropped by convention
      compared++;
      const near = (channel: keyof typeof streams, value: number | undefined, tolerance: number) => {
        if (value === undefined) return;
        expect(streams[channel], `${channel} channel`).toBeDefined();
        expect(streams[channel]![index], `${channel} at ${row.timeMs}`).toBeCloseTo(value, -Math.log10(tolerance * 2));
      };
      near('hr', row.hr, 0.5);
      near('speed', row.speed, 0.005);
      near('distance', row.distance, 0.05);
      near('altitude', row.altitude, 0.05);
      // The reference dump forward-fills a missing GPS fix where we interpolate: allow ~20 m.
      near('lat', row.lat, 2e-4);
      near('lon', row.lon, 2e-4);
    }
    expect(compared / rows.length).toBeGreaterThan(0.95);
  });
});

describe.skipIf(!existsSync(corruptDir))(
  `corrupt files are rejected with a specific reason${missing ? suffix : ''}`,
  () => {
    const expected: Record<string, { error?: RegExp; warning?: RegExp; also?: RegExp }> = {
      // 14-second test recordings: what survives is too little to stand for a workout.
      'fitparse__activity-filecrc.fit': {
        error:
          /^FIT file CRC mismatch \(stored 0xb1d5, computed 0xa1d5\); its readable messages hold only 14 s of activity, too little to import$/,
      },
      'fitparse__activity-unexpected-eof.fit': {
        error:
          /^truncated FIT file: header declares 757 data bytes, file has 754; its readable messages hold only 14 s of activity, too little to import$/,
      },
      // What survives of it still carries one record stamped 2085, left out as any glitched timestamp is.
      'fitparse__strava-android-app-201.10-b1218918.fit': {
        warning:
          /^recovered, 70762 bytes unreadable: truncated FIT file: header declares 78236 data bytes, file has 78217; the data stops being FIT messages at byte 7471, the 502 complete messages before it were imported$/,
        also: /^1 record timestamped outside the recorded session \(2021-09-27 14:13 UTC to 2021-09-27 15:12 UTC\) was left out: 1 after its end \(up to 2085-12-21 16:46 UTC\)$/,
      },
      'fitparse__nick.fit': {
        warning:
          /^recovered, 19 bytes unreadable: FIT file CRC mismatch \(stored 0x0040, computed 0x1ad2\); the file ends inside a message, the 14422 complete messages before it were imported$/,
      },
      'fitparse__activity-activity-filecrc.fit': {
        warning: /^chained FIT file 2 at byte 771 was skipped: FIT file CRC mismatch/,
      },
      'fitparse__activity-settings-corruptheader.fit': {
        warning: /^chained FIT file 2 at byte 771 was skipped: corrupt FIT header/,
      },
      'fitparse__activity-settings-nodata.fit': {
        warning: /^chained FIT file 2 at byte 771 was skipped: truncated FIT file/,
      },
    };

    it('covers every file in the folder', () => {
      expect(list(corruptDir)).toEqual(Object.keys(expected).sort());
    });

    it.each(Object.entries(expected))('%s', async (name, { error, warning, also }) => {
      const started = Date.now();
      if (error) {
        await expect(decodeFixture(corruptDir, name)).rejects.toThrow(DecodeError);
        await expect(decodeFixture(corruptDir, name)).rejects.toThrow(error);
      } else {
        const result = await decodeFixture(corruptDir, name);
        expect(result.activities).toHaveLength(1);
        expect(result.warnings).toEqual([
          expect.stringMatching(warning!),
          ...(also ? [expect.stringMatching(also)] : []),
        ]);
      }
      expect(Date.now() - started).toBeLessThan(5000);
    });
  },
);

describe.skipIf(!existsSync(corruptDir))(
  `a ride whose last bytes are damaged is recovered${missing ? suffix : ''}`,
  () => {
    it('nick.fit: all 14 391 records of the 4 h 39 min ride, with the loss in the warning', async () => {
      const bytes = new Uint8Array(readFileSync(`${corruptDir}/fitparse__nick.fit`));
      const [part] = splitChainedFit(bytes).parts;
      expect((await parseFitPart(part!.bytes)).records).toHaveLength(14391);
      const { activities, warnings } = await decodeFixture(corruptDir, 'fitparse__nick.fit');
      expect(warnings[0]).toMatch(/^recovered, 19 bytes unreadable/);
      const { record } = activities[0]!;
      expect(record).toMatchObject({
        sport: 'bike',
        startTime: '2020-09-12T12:23:38.000Z',
        elapsedSeconds: 16724,
        distanceMeters: 113550.87,
      });
      // The timer was stopped for 39 min of the ride (its timer events); every timer-running second is kept.
      expect(record.streams!.time).toHaveLength(14383);
      expect(record.streams!.hr!.filter((v) => v > 0).length).toBeGreaterThan(14000);
    });
  },
);

interface ReferenceRow {
  timeMs: number;
  hr?: number;
  speed?: number;
  distance?: number;
  altitude?: number;
  lat?: number;
  lon?: number;
}

const FIT_EPOCH_MS = Date.UTC(1989, 11, 31);
const SEMICIRCLE_DEGREES = 180 / 2 ** 31;
const ZONE_OFFSETS: Record<string, string> = { PDT: '-07:00', PST: '-08:00' };

/** Two dump layouts exist: snake_case columns with "Sun Sep 25 06:00:22 PDT 2011" times, or raw FIT seconds. */
function parseReferenceCsv(text: string): ReferenceRow[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const columns = header!.split(',').map((c) => c.trim().toLowerCase());
  const col = (...names: string[]) => columns.findIndex((c) => names.some((n) => c.startsWith(n)));
  const at = {
    time: col('timestamp'),
    hr: col('heart_rate', 'heart rate'),
    speed: col('speed'),
    distance: col('distance'),
    altitude: col('altitude'),
    lat: col('position_lat'),
    lon: col('position_long'),
  };
  const num = (cells: string[], i: number) =>
    i >= 0 && cells[i] !== '' && cells[i] !== 'null' && cells[i] !== undefined ? Number(cells[i]) : undefined;
  return lines.map((line) => {
    const cells = line.split(',');
    const rawTime = cells[at.time]!;
    const lat = num(cells, at.lat);
    const lon = num(cells, at.lon);
    return {
      timeMs: /^\d+$/.test(rawTime) ? FIT_EPOCH_MS + Number(rawTime) * 1000 : parseUnixDateString(rawTime),
      hr: num(cells, at.hr),
      speed: num(cells, at.speed),
      distance: num(cells, at.distance),
      altitude: num(cells, at.altitude),
      lat: lat === undefined ? undefined : lat * SEMICIRCLE_DEGREES,
      lon: lon === undefined ? undefined : lon * SEMICIRCLE_DEGREES,
    };
  });
}

function parseUnixDateString(value: string): number {
  const m = /^\w{3} (\w{3}) (\d{2}) (\d{2}:\d{2}:\d{2}) (\w+) (\d{4})$/.exec(value.trim());
  if (!m) throw new Error(`unexpected reference timestamp "${value}" in ${fixturesDir}`);
  const month = String(
    ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].indexOf(m[1]!) + 1,
  ).padStart(2, '0');
  return Date.parse(`${m[5]}-${month}-${m[2]}T${m[3]}${ZONE_OFFSETS[m[4]!] ?? 'Z'}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
