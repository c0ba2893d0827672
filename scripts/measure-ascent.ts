/**
 * `npm run measure:ascent`: how close the ascent computed from an altitude stream comes to the
 * recording device's own total. For every FIT session in the fixtures' activities/ folder that has
 * both a device total_ascent above zero and an altitude channel, it computes the ascent from the
 * 1 Hz altitude stream the importer builds (the same input TCX, GPX and FIT-without-totals get) and
 * prints each session, then the median relative error and the shares within 5 % and 10 %.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { splitChainedFit } from '../src-main/node/import/decoders/fit/container';
import { parseFitPart } from '../src-main/node/import/decoders/fit/parse-part';
import { decodeActivityFile } from '../src-main/node/import/decoders';
import { ascentFromAltitude } from '../src-main/node/import/decoders/streams/ascent';
import { fixturePath } from '../tests/helpers/fixtures';

export interface AscentComparison {
  file: string;
  session: number;
  deviceMeters: number;
  computedMeters: number;
  /** |computed − device| / device. */
  error: number;
}

export interface AscentMeasurement {
  rows: AscentComparison[];
  medianError: number;
  within5: number;
  within10: number;
}

export async function measureAscent(activitiesDir = fixturePath('activities')): Promise<AscentMeasurement> {
  const rows: AscentComparison[] = [];
  const names = readdirSync(activitiesDir)
    .filter((f) => /\.fit(\.gz)?$/i.test(f))
    .sort();
  for (const name of names) {
    const raw = new Uint8Array(readFileSync(join(activitiesDir, name)));
    const bytes = name.endsWith('.gz') ? new Uint8Array(gunzipSync(raw)) : raw;
    const deviceTotals = await deviceAscentByStart(bytes);
    if (deviceTotals.size === 0) continue;
    const decoded = await decodeActivityFile(name, bytes).catch(() => null);
    for (const [index, { record }] of (decoded?.activities ?? []).entries()) {
      const deviceMeters = deviceTotals.get(Date.parse(record.startTime));
      const altitude = record.streams?.altitude;
      if (deviceMeters === undefined || !altitude) continue;
      const computedMeters = ascentFromAltitude(altitude, record.streams!.time);
      if (computedMeters === null) continue;
      rows.push({
        file: name,
        session: index,
        deviceMeters,
        computedMeters,
        error: Math.abs(computedMeters - deviceMeters) / deviceMeters,
      });
    }
  }
  const errors = rows.map((r) => r.error);
  return {
    rows,
    medianError: median(errors),
    within5: errors.filter((e) => e <= 0.05).length,
    within10: errors.filter((e) => e <= 0.1).length,
  };
}

/** Each session's device total_ascent (metres, above zero), keyed by its start time. */
async function deviceAscentByStart(bytes: Uint8Array): Promise<Map<number, number>> {
  const totals = new Map<number, number>();
  for (const part of splitChainedFit(bytes).parts) {
    const parsed = await parseFitPart(part.bytes).catch(() => null);
    for (const session of parsed?.sessions ?? []) {
      const total = session.total_ascent;
      if (session.start_time instanceof Date && typeof total === 'number' && total > 0)
        totals.set(session.start_time.getTime(), total);
    }
  }
  return totals;
}

function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const percent = (v: number) => `${(v * 100).toFixed(1)} %`;

async function main(): Promise<void> {
  const dir = fixturePath('activities');
  if (!existsSync(dir)) {
    console.log(`no fixtures at ${dir} (set COACH_FIXTURES)`);
    return;
  }
  const { rows, medianError, within5, within10 } = await measureAscent(dir);
  console.table(
    rows.map((r) => ({
      file: r.file,
      session: r.session,
      device: r.deviceMeters,
      computed: Math.round(r.computedMeters),
      error: percent(r.error),
    })),
  );
  console.log(`${rows.length} sessions with a device total and an altitude stream`);
  console.log(
    `median error ${percent(medianError)}; within 5 %: ${within5}/${rows.length}; within 10 %: ${within10}/${rows.length}`,
  );
  // Below ~20 m a device's own 1 m rounding is already 5 %: the figures without those sessions.
  const larger = rows.filter((r) => r.deviceMeters >= 20).map((r) => r.error);
  const share = (limit: number) => `${larger.filter((e) => e <= limit).length}/${larger.length}`;
  console.log(
    `device total ≥ 20 m: median error ${percent(median(larger))}; within 5 %: ${share(0.05)}; within 10 %: ${share(0.1)}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
