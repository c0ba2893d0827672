/**
 * `npm run bench:import-fidelity [-- --json]`: what the importer makes of the real fixtures
 * (../shared/fixtures), measured against the files themselves rather than against the importer's own
 * warnings, so a run on an older checkout gives the "before" figures:
 *  - duplicate activities: every activity and TCX/GPX file in activities/ and other-formats/ is imported
 *    for one athlete; pairs of stored activities from different files whose time spans overlap by at
 *    least half of the shorter one are the same activity counted twice,
 *  - heart-rate source: for each FIT file that carries strap-stored heart rate (`hr` messages), the mean
 *    of the stored HR stream beside the watch's own readings (record heart_rate), Garmin's SDK merge
 *    (@garmin/fitsdk Decoder, mergeHeartRates) and the device's own session average, and the hrTSS,
 *  - dropped records: FIT records (timestamped, every chained part) that fall outside every stored
 *    activity's stream span, and streams that run more than an hour past their session's elapsed time.
 * With --json the last line is one JSON object with the figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Decoder, Stream } from '@garmin/fitsdk';
import FitParser from 'fit-file-parser';
import { loadStreams } from '../src-main/node/db/repositories/activities';
import { createAthlete } from '../src-main/node/services/athletes';
import { listActivities } from '../src-main/node/services/activities';
import { importPaths } from '../src-main/node/services/imports';
import { fixturePath, fixturesSkipReason, haveFixtures } from '../tests/helpers/fixtures';
import { createTempApp } from '../tests/helpers/temp-app';

const { values } = parseArgs({ options: { json: { type: 'boolean' } } });
const log = (line: string) => process.stdout.write(`${line}\n`);
if (!haveFixtures) {
  log(`skipped: ${fixturesSkipReason}`);
  process.exit(0);
}

const folders = [fixturePath('activities'), fixturePath('other-formats')];
const app = createTempApp({ now: new Date('2030-01-01T12:00:00Z') });
try {
  // LTHR, max and resting HR but no CSS or FTP, so swims and rides without power are scored on heart rate.
  const athlete = await createAthlete(app.ctx, {
    name: 'Fixture Athlete',
    sports: ['run', 'bike', 'swim'],
    thresholds: { lthr: 160, maxHr: 185, restingHr: 50 },
    thresholdsFrom: '2000-01-01',
  });
  const report = await importPaths(app.ctx, folders, { athleteId: athlete.id });
  const stored = await storedActivities(athlete.id);

  const duplicates = sameActivityPairs(stored);
  log(
    `imported ${report.summary.imported} files, ${report.summary.duplicate} duplicates, ${report.summary.failed} failed; ${stored.length} activities stored`,
  );
  log(`\nduplicate activities (same time span, different files): ${duplicates.length}`);
  for (const d of duplicates)
    log(
      `  ${d.a.file} (${d.a.sport}) ↔ ${d.b.file} (${d.b.sport}), ${d.a.startTime}, overlap ${Math.round(d.overlap * 100)} %`,
    );

  const heartRate = await heartRateSources(stored);
  log('\nheart-rate source on files with strap-stored heart rate (mean bpm):');
  log('  file | records (watch) | SDK merge | stored stream | device avg | load (method)');
  for (const h of heartRate) {
    log(
      `  ${h.file} | ${fmt(h.wristMean)} | ${fmt(h.sdkMergedMean)} | ${fmt(h.streamMean)} | ${fmt(h.deviceAvg)} | ${fmt(h.load)} (${h.loadMethod})`,
    );
  }

  const records = await recordCoverage(stored);
  const dropped = records.reduce((n, r) => n + r.outside, 0);
  log(
    `\nFIT records outside every stored activity's stream: ${dropped} (of ${records.reduce((n, r) => n + r.records, 0)})`,
  );
  for (const r of records.filter((x) => x.outside > 0)) log(`  ${r.file}: ${r.outside} of ${r.records}`);
  const stretched = stored.filter((a) => a.streamSpanSeconds > a.elapsedSeconds + 3600);
  log(`streams running more than an hour past their session: ${stretched.length}`);
  for (const s of stretched)
    log(
      `  ${s.file}: ${(s.streamSpanSeconds / 86400).toFixed(1)} days for a session of ${Math.round(s.elapsedSeconds)} s`,
    );
  const warned = report.files.filter(
    (f) => /warnings:/.test(f.reason) && /record|heart rate|same activity|in place of/.test(f.reason),
  );
  log('\nwhat the import report says about these files:');
  for (const f of warned) log(`  ${f.path.split('/').pop()}: ${f.status}: ${f.reason}`);
  for (const f of report.files.filter((x) => x.status === 'duplicate' || /in place of/.test(x.reason))) {
    if (!warned.includes(f)) log(`  ${f.path.split('/').pop()}: ${f.status}: ${f.reason}`);
  }

  if (values.json) {
    log(
      JSON.stringify({
        duplicateActivities: duplicates.length,
        heartRate: heartRate.map(({ file, streamMean, sdkMergedMean, wristMean, deviceAvg, load }) => ({
          file,
          streamMean,
          sdkMergedMean,
          wristMean,
          deviceAvg,
          load,
        })),
        recordsOutsideStreams: dropped,
        stretchedStreams: stretched.length,
      }),
    );
  }
} finally {
  await app.dispose();
}

interface Stored {
  id: number;
  file: string;
  sport: string;
  startTime: string;
  startMs: number;
  elapsedSeconds: number;
  distanceMeters: number | null;
  avgHr: number | null;
  load: number | null;
  loadMethod: string;
  /** Seconds from the start to the last stream sample (0 without streams). */
  streamSpanSeconds: number;
  hrMean: number | null;
}

async function storedActivities(athleteId: number): Promise<Stored[]> {
  const summaries = await listActivities(app.ctx, athleteId, {});
  const sources = await app.ctx.db
    .selectFrom('activity_sources as s')
    .innerJoin('import_files as f', 'f.sha256', 's.file_sha256')
    .select(['s.activity_id', 'f.name'])
    .execute();
  const fileOf = new Map(sources.map((s) => [s.activity_id, s.name]));
  const result: Stored[] = [];
  for (const a of summaries) {
    const streams = await loadStreams(app.ctx.db, a.id);
    const time = streams?.time;
    result.push({
      id: a.id,
      file: fileOf.get(a.id) ?? '?',
      sport: a.sport,
      startTime: a.startTime,
      startMs: Date.parse(a.startTime),
      elapsedSeconds: a.elapsedSeconds,
      distanceMeters: a.distanceMeters,
      avgHr: a.avgHr,
      load: a.load,
      loadMethod: a.loadMethod,
      streamSpanSeconds: time && time.length > 0 ? time[time.length - 1]! : 0,
      hrMean: streams?.hr ? finiteMean(streams.hr) : null,
    });
  }
  return result;
}

function sameActivityPairs(stored: Stored[]) {
  const pairs: { a: Stored; b: Stored; overlap: number }[] = [];
  // The session's elapsed time, not the stream's span, which a glitched timestamp can stretch (reported apart below).
  const span = (s: Stored) => [s.startMs, s.startMs + s.elapsedSeconds * 1000] as const;
  for (let i = 0; i < stored.length; i++) {
    for (let j = i + 1; j < stored.length; j++) {
      const a = stored[i]!;
      const b = stored[j]!;
      if (a.file === b.file) continue;
      const [a0, a1] = span(a);
      const [b0, b1] = span(b);
      const shorter = Math.min(a1 - a0, b1 - b0);
      const shared = Math.min(a1, b1) - Math.max(a0, b0);
      if (shorter > 0 && shared >= 0.5 * shorter) pairs.push({ a, b, overlap: shared / shorter });
    }
  }
  return pairs;
}

async function heartRateSources(stored: Stored[]) {
  const dir = fixturePath('activities');
  const rows = [];
  for (const name of readdirSync(dir)
    .filter((f) => /\.fit$/i.test(f))
    .sort()) {
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    const sdk = sdkDecode(bytes, true);
    if (!sdk || (sdk.hrMesgs?.length ?? 0) === 0) continue;
    const wrist = sdkDecode(bytes, false);
    const mine = stored.filter((s) => s.file === name);
    const streamMean = weightedMean(mine.map((s) => [s.hrMean, s.streamSpanSeconds]));
    rows.push({
      file: name,
      wristMean: recordsMeanHr(wrist?.recordMesgs),
      sdkMergedMean: recordsMeanHr(sdk.recordMesgs),
      streamMean,
      deviceAvg: weightedMean((sdk.sessionMesgs ?? []).map((s) => [s.avgHeartRate ?? null, s.totalElapsedTime ?? 0])),
      load: mine.reduce((sum, s) => sum + (s.load ?? 0), 0),
      loadMethod: [...new Set(mine.map((s) => s.loadMethod))].join('+'),
    });
  }
  return rows;
}

type SdkMessages = ReturnType<Decoder['read']>['messages'];

function sdkDecode(bytes: Uint8Array, mergeHeartRates: boolean): SdkMessages | null {
  try {
    const decoder = new Decoder(Stream.fromByteArray(Array.from(bytes)));
    const { messages, errors } = decoder.read({ mergeHeartRates });
    return errors.length > 0 && !messages.recordMesgs ? null : messages;
  } catch {
    return null;
  }
}

function recordsMeanHr(records: { heartRate?: number }[] | undefined): number | null {
  const values = (records ?? [])
    .map((r) => r.heartRate)
    .filter((v): v is number => typeof v === 'number' && v > 0 && v < 255);
  return values.length > 0 ? values.reduce((s, v) => s + v, 0) / values.length : null;
}

async function recordCoverage(stored: Stored[]) {
  const dir = fixturePath('activities');
  const rows = [];
  for (const name of readdirSync(dir)
    .filter((f) => /\.fit$/i.test(f))
    .sort()) {
    const mine = stored.filter((s) => s.file === name);
    if (mine.length === 0) continue;
    const times = await recordTimes(new Uint8Array(readFileSync(join(dir, name))));
    const inside = (t: number) =>
      mine.some((s) => t >= s.startMs - 500 && t <= s.startMs + s.streamSpanSeconds * 1000 + 500);
    rows.push({ file: name, records: times.length, outside: times.filter((t) => !inside(t)).length });
  }
  return rows;
}

/** Record timestamps of every FIT file in a chain (fit-file-parser reads one file at a time). */
async function recordTimes(bytes: Uint8Array): Promise<number[]> {
  const times: number[] = [];
  let offset = 0;
  while (offset + 12 <= bytes.length) {
    const headerSize = bytes[offset]!;
    const dataSize = new DataView(bytes.buffer, bytes.byteOffset + offset + 4, 4).getUint32(0, true);
    const end = Math.min(bytes.length, offset + headerSize + dataSize + 2);
    try {
      const parsed = await new FitParser({ force: true, mode: 'list' }).parseAsync(
        bytes.slice(offset, end).buffer as ArrayBuffer,
      );
      for (const r of parsed.records ?? []) if (r.timestamp instanceof Date) times.push(r.timestamp.getTime());
    } catch {
      break;
    }
    if (headerSize < 12 || end <= offset) break;
    offset = end;
  }
  return times;
}

function finiteMean(values: Float64Array): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    sum += v;
    n++;
  }
  return n > 0 ? sum / n : null;
}

function weightedMean(pairs: (readonly [number | null, number])[]): number | null {
  let sum = 0;
  let weight = 0;
  for (const [v, w] of pairs) {
    if (v === null || !(w > 0)) continue;
    sum += v * w;
    weight += w;
  }
  return weight > 0 ? sum / weight : null;
}

function fmt(value: number | null): string {
  return value === null ? '—' : value.toFixed(1);
}
