import { CrcCalculator } from '@garmin/fitsdk';
import { gzipSync, zipSync } from 'fflate';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInspect } from '../../../src-main/node/cli/commands/inspect';
import { formatMetricValue } from '../../../src-main/common/domain/metrics/metric-definition';
import { computeNormalizedPower } from '../../../src-main/common/domain/metrics/normalized-power';
import { ACTIVITY_METRICS } from '../../../src-main/common/domain/metrics/registry';
import { fitCrc16 } from '../../../src-main/node/import/decoders/fit/crc';
import { DecodeError, decodeActivityFile, openZipArchive } from '../../../src-main/node/import/decoders';
import { buildFitActivity, writeFitActivity } from '../../helpers/fit-writer';

/** Decoder behaviour proven on generated files, so it runs without the real-device fixtures. */
describe('FIT decoding end to end (generated files)', () => {
  it('decodes a generated ride: summary, device, UTC offset, laps and exact 1 Hz streams', async () => {
    const generated = buildFitActivity({
      sport: 'bike',
      durationSeconds: 1800,
      serial: 1234567,
      seed: 7,
      utcOffsetMinutes: -300,
    });
    const result = await decodeActivityFile('ride.fit', generated.bytes);
    expect(result.format).toBe('fit');
    expect(result.warnings).toEqual([]);
    expect(result.activities).toHaveLength(1);
    const [{ record, device, eventKey, legIndex }] = result.activities as [(typeof result.activities)[number]];
    expect(record).toMatchObject({
      sport: 'bike',
      subSport: 'road',
      startTime: '2024-05-01T06:00:00.000Z',
      utcOffsetMinutes: -300,
      timerSeconds: 1800,
    });
    expect(device).toEqual({ manufacturer: 'development', product: '1', serial: '1234567' });
    expect(eventKey).toBeNull();
    expect(legIndex).toBeNull();
    expect(record.laps).toHaveLength(3);
    const streams = record.streams!;
    expect(streams.time).toHaveLength(1800);
    expect(Array.from(streams.power!)).toEqual(generated.power);
    expect(Array.from(streams.hr!)).toEqual(generated.hr);
    expect(streams.speed![100]).toBeCloseTo(generated.speed[100]!, 3);
    expect(streams.lat![0]).toBeCloseTo(46.05, 3);
    expect(streams.grade).toBeDefined();
    expect(computeNormalizedPower(streams.power!)).toBeGreaterThan(record.avgPower!);
  });

  it('drops a timer pause from the stream: time jumps across it, samples = timer seconds', async () => {
    const bytes = writeFitActivity({
      sport: 'run',
      durationSeconds: 1200,
      pause: { atSecond: 600, seconds: 300 },
      seed: 2,
    });
    const [activity] = (await decodeActivityFile('run.fit', bytes)).activities;
    const { record } = activity!;
    expect(record.sport).toBe('run');
    expect(record.timerSeconds).toBe(1200);
    expect(record.elapsedSeconds).toBe(1500);
    expect(record.streams!.time).toHaveLength(1200);
    expect(record.streams!.time[599]).toBe(599);
    expect(record.streams!.time[600]).toBe(900);
    expect(record.streams!.power).toBeUndefined();
  });

  it('decodes every FIT file of a chain (fit-file-parser alone reads only the first)', async () => {
    const first = writeFitActivity({ durationSeconds: 120, start: new Date('2024-06-01T07:00:00Z'), seed: 1 });
    const second = writeFitActivity({ durationSeconds: 90, start: new Date('2024-06-01T09:00:00Z'), seed: 2 });
    const result = await decodeActivityFile('chained.fit', concat(first, second));
    expect(result.activities.map((a) => a.record.startTime)).toEqual([
      '2024-06-01T07:00:00.000Z',
      '2024-06-01T09:00:00.000Z',
    ]);
  });

  it('keeps the intact first part of a chain and reports the broken second part', async () => {
    const second = writeFitActivity({ durationSeconds: 90, seed: 2 });
    second[second.length - 20]! ^= 0xff;
    const result = await decodeActivityFile('chained.fit', concat(writeFitActivity({ durationSeconds: 120 }), second));
    expect(result.activities).toHaveLength(1);
    expect(result.warnings).toEqual([
      expect.stringMatching(/chained FIT file 2 at byte \d+ was skipped: FIT file CRC mismatch/),
    ]);
  });

  it("computes the CRC a byte at a time exactly as Garmin's SDK computes it nibble-wise", () => {
    const file = writeFitActivity({ durationSeconds: 120, seed: 5 });
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(fitCrc16(file)).toBe(0); // a whole FIT file with its stored CRC sums to zero
    for (const [start, end] of [
      [0, 12],
      [0, noise.length],
      [3, 1000],
      [1001, 4096],
    ] as const) {
      expect(fitCrc16(noise, start, end)).toBe(CrcCalculator.calculateCRC(noise, start, end));
      expect(fitCrc16(file, start, end)).toBe(CrcCalculator.calculateCRC(file, start, end));
    }
  });

  it('accepts a header CRC of zero, which the protocol allows', async () => {
    const bytes = writeFitActivity({ durationSeconds: 60 });
    bytes[12] = 0;
    bytes[13] = 0;
    const end = bytes.length - 2;
    const crc = fitCrc16(bytes, 0, end);
    bytes[end] = crc & 0xff;
    bytes[end + 1] = crc >> 8;
    expect((await decodeActivityFile('zero-crc.fit', bytes)).activities).toHaveLength(1);
  });

  it('imports the complete messages of a file with a cut-off end or a bad CRC, and says what was lost', async () => {
    const whole = writeFitActivity({ durationSeconds: 300 });
    const cut = await decodeActivityFile('cut.fit', whole.slice(0, 3000));
    expect(cut.warnings).toEqual([
      expect.stringMatching(
        /^recovered, \d+ bytes unreadable: truncated FIT file: header declares \d+ data bytes, file has 2984; the file ends inside a message, the \d+ complete messages before it were imported$/,
      ),
    ]);
    const kept = cut.activities[0]!.record.streams!.time.length;
    expect(kept).toBeGreaterThan(60);
    expect(kept).toBeLessThan(300);

    const flipped = whole.slice();
    flipped[200]! ^= 0x01;
    const damaged = await decodeActivityFile('flipped.fit', flipped);
    expect(damaged.warnings).toEqual([
      expect.stringMatching(
        /^recovered, 0 bytes unreadable: FIT file CRC mismatch \(stored 0x[0-9a-f]{4}, computed 0x[0-9a-f]{4}\); every message is complete, but a damaged value cannot be ruled out$/,
      ),
    ]);
    expect(damaged.activities[0]!.record.timerSeconds).toBe(300);

    // Only the CRC disagreed, so the declared size holds: a part chained after it is still read.
    const next = writeFitActivity({ durationSeconds: 120, start: new Date('2024-06-01T09:00:00Z'), seed: 2 });
    const chained = await decodeActivityFile('chained.fit', concat(flipped, next));
    expect(chained.activities.map((a) => a.record.startTime)).toEqual([
      damaged.activities[0]!.record.startTime,
      '2024-06-01T09:00:00.000Z',
    ]);
    expect(chained.warnings).toEqual([expect.stringMatching(/^recovered, 0 bytes unreadable: FIT file CRC mismatch/)]);
  });

  it.each([
    [
      'a file cut off after its first seconds',
      (b: Uint8Array) => b.slice(0, 400),
      /^truncated FIT file: header declares \d+ data bytes, file has 384; its readable messages hold only \d+ s of activity, too little to import$/,
    ],
    [
      'a file cut off inside its first message',
      (b: Uint8Array) => b.slice(0, 20),
      /^truncated FIT file: header declares \d+ data bytes, file has 4$/,
    ],
    ['a damaged header', (b: Uint8Array) => ((b[5]! ^= 0x10), b), /^FIT header CRC mismatch$/],
    ['random bytes', () => new Uint8Array(5000).map((_, i) => (i * 7919) % 251), /^not a FIT, TCX or GPX file$/],
  ])('rejects %s with a specific reason', async (_, damage, reason) => {
    const bytes = damage(writeFitActivity({ durationSeconds: 300 }));
    await expect(decodeActivityFile('x.bin', bytes)).rejects.toThrow(DecodeError);
    await expect(decodeActivityFile('x.bin', bytes)).rejects.toThrow(reason);
  });

  it('decodes gzipped files and expands zip archives', async () => {
    const bytes = writeFitActivity({ durationSeconds: 120 });
    expect((await decodeActivityFile('ride.fit.gz', gzipSync(bytes))).activities).toHaveLength(1);
    const zip = zipSync({
      'a/ride.fit': bytes,
      'a/note.txt': new TextEncoder().encode('hi'),
      '__MACOSX/a/._ride.fit': new Uint8Array(4),
    });
    const archive = openZipArchive('export.zip', zip)!;
    expect(archive.files.map((e) => e.name).sort()).toEqual(['a/note.txt', 'a/ride.fit']);
    expect(openZipArchive('ride.fit', bytes)).toBeNull();
    expect(await archive.read(archive.files.find((e) => e.name === 'a/ride.fit')!)).toEqual(bytes);
    await expect(
      decodeActivityFile('note.txt', await archive.read(archive.files.find((e) => e.name === 'a/note.txt')!)),
    ).rejects.toThrow('not a FIT, TCX or GPX file');
  });
});

describe('TCX and GPX decoding (inline documents)', () => {
  const tcx = `<?xml version="1.0"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">
 <Activities><Activity Sport="Biking"><Id>2024-01-01T10:00:00Z</Id>
  <Lap StartTime="2024-01-01T10:00:00Z"><TotalTimeSeconds>4</TotalTimeSeconds><DistanceMeters>30</DistanceMeters><Calories>2</Calories>
   <Track>${[0, 1, 2, 3]
     .map(
       (i) =>
         `<Trackpoint><Time>2024-01-01T10:00:0${i}Z</Time><DistanceMeters>${i * 10}</DistanceMeters><HeartRateBpm><Value>${120 + i}</Value></HeartRateBpm><Cadence>90</Cadence><Extensions><ns3:TPX><ns3:Speed>10</ns3:Speed><ns3:Watts>${200 + i}</ns3:Watts></ns3:TPX></Extensions></Trackpoint>`,
     )
     .join('')}</Track></Lap>
  <Creator><Name>Edge 705</Name><UnitId>3456</UnitId></Creator></Activity></Activities></TrainingCenterDatabase>`;

  it('reads TCX trackpoints with the power and speed extensions', async () => {
    const result = await decodeActivityFile('ride.tcx', new TextEncoder().encode(tcx));
    const { record, device } = result.activities[0]!;
    expect(result.format).toBe('tcx');
    expect(record).toMatchObject({ sport: 'bike', timerSeconds: 4, distanceMeters: 30, calories: 2 });
    expect(Array.from(record.streams!.power!)).toEqual([200, 201, 202, 203]);
    expect(Array.from(record.streams!.hr!)).toEqual([120, 121, 122, 123]);
    expect(device).toEqual({ manufacturer: null, product: 'Edge 705', serial: '3456' });
  });

  it('reads GPX track points with Garmin TrackPointExtension heart rate, and derives distance', async () => {
    const gpx = `\uFEFF<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
     <trk><name>Run</name><type>running</type><trkseg>${[0, 1, 2, 3, 4]
       .map(
         (i) =>
           `<trkpt lat="46.0" lon="${(14 + i * 0.0001).toFixed(4)}"><ele>300</ele><time>2024-01-01T10:00:0${i}Z</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${140 + i}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>`,
       )
       .join('')}</trkseg></trk></gpx>`;
    const { record } = (await decodeActivityFile('run.gpx', new TextEncoder().encode(gpx))).activities[0]!;
    expect(record.sport).toBe('run');
    expect(Array.from(record.streams!.hr!)).toEqual([140, 141, 142, 143, 144]);
    // 4 × 0.0001° of longitude at 46° N ≈ 4 × 7.72 m.
    expect(record.distanceMeters).toBeCloseTo(30.9, 0);
  });

  it('rejects a GPX route with the reason', async () => {
    const route = `<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><rte><rtept lat="1" lon="2"/></rte></gpx>`;
    await expect(decodeActivityFile('route.gpx', new TextEncoder().encode(route))).rejects.toThrow(
      'GPX file contains no activity: it holds only a route',
    );
  });
});

describe('coach inspect', () => {
  it('prints the decoded activity and its metrics as JSON, without a database', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'inspect-')), 'ride.fit');
    writeFileSync(file, writeFitActivity({ sport: 'bike', durationSeconds: 1800, seed: 4 }));
    const out: string[] = [];
    const code = await runInspect([file, '--json', '--ftp', '250', '--lthr', '160'], {
      stdout: (t) => out.push(t),
      stderr: (t) => out.push(t),
    });
    expect(code).toBe(0);
    const [activity] = JSON.parse(out.join('\n')).activities;
    expect(activity).toMatchObject({
      sport: 'bike',
      subSport: 'road',
      startTime: '2024-05-01T06:00:00.000Z',
      timerSeconds: 1800,
      elapsedSeconds: 1800,
    });
    expect(activity.metrics).toMatchObject({ loadMethod: 'power', npSource: 'stream' });
    expect(activity.metrics.tss).toBeCloseTo(0.5 * (activity.metrics.np / 250) ** 2 * 100, 0);
    expect(activity.metrics.load).toBe(activity.metrics.tss);
    expect(activity.metrics.explanation).toMatch(/^TSS \d+ from power: NP \d+ W, IF/);
  });

  it('prints every registry metric the activity has, with its label and unit, under the load sentence', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'inspect-')), 'ride.fit');
    writeFileSync(file, writeFitActivity({ sport: 'bike', durationSeconds: 1800, seed: 4 }));
    const json: string[] = [];
    await runInspect([file, '--json', '--ftp', '250'], { stdout: (t) => json.push(t), stderr: (t) => json.push(t) });
    const { metrics } = JSON.parse(json.join('\n')).activities[0];
    const out: string[] = [];
    const code = await runInspect([file, '--ftp', '250'], { stdout: (t) => out.push(t), stderr: (t) => out.push(t) });
    expect(code).toBe(0);
    const shown = ACTIVITY_METRICS.filter((m) => metrics[m.id] !== null);
    expect(shown.map((m) => m.id)).toEqual(expect.arrayContaining(['np', 'if', 'tss']));
    expect(out[1]).toBe(`  ${shown.map((m) => `${m.label} ${formatMetricValue(m, metrics[m.id])}`).join(' · ')}`);
    expect(out[1]).toMatch(/^ {2}Normalized Power \d+ W · Intensity factor \d\.\d\d · TSS \(power\) \d+\.\d/);
  });
});

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
