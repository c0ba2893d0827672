import { readFile } from 'node:fs/promises';
import type { ThresholdMetric } from '../../../common/contract';
import { computeActivityMetrics } from '../../../common/domain/metrics/activity-metrics';
import type { ThresholdsOnDate } from '../../../common/domain/metrics/training-load';
import { decodeActivityFile, expandArchive, type DecodedActivity } from '../../import/decoders';
import { type CliIo, numberOption, parseOptions } from '../main';
import { UsageError } from '../usage-error';

const THRESHOLD_FLAGS = { ftp: 'ftp', lthr: 'lthr', 'max-hr': 'maxHr', 'resting-hr': 'restingHr', 'threshold-pace': 'thresholdPace', css: 'css' } as const satisfies Record<
  string,
  ThresholdMetric
>;

/** `coach inspect FILE --json [thresholds…]`: decode one file and compute its metrics, touching no database. */
export async function runInspect(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      json: { type: 'boolean' },
      ftp: { type: 'string' },
      lthr: { type: 'string' },
      'max-hr': { type: 'string' },
      'resting-hr': { type: 'string' },
      'threshold-pace': { type: 'string' },
      css: { type: 'string' },
    },
    true,
  );
  if (positionals.length !== 1) throw new UsageError('expects exactly one FILE');
  const thresholds: ThresholdsOnDate = {};
  for (const [flag, metric] of Object.entries(THRESHOLD_FLAGS)) {
    const value = numberOption(values[flag as keyof typeof THRESHOLD_FLAGS], flag);
    if (value !== undefined) thresholds[metric] = value;
  }

  const path = positionals[0]!;
  const bytes = new Uint8Array(await readFile(path));
  const entries = (await expandArchive(path, bytes)) ?? [{ name: path, bytes }];
  const files = [];
  for (const entry of entries) {
    const result = await decodeActivityFile(entry.name, entry.bytes);
    files.push({ name: entry.name, format: result.format, warnings: result.warnings, activities: result.activities.map((a) => describe(a, thresholds)) });
  }
  const activities = files.flatMap((f) => f.activities);
  const warnings = files.flatMap((f) => f.warnings.map((w) => (entries.length > 1 ? `${f.name}: ${w}` : w)));
  if (values.json) {
    io.stdout(JSON.stringify({ format: files[0]?.format ?? null, warnings, activities }, null, 2));
  } else {
    for (const a of activities) {
      io.stdout(`${a.startTime}  ${a.sport.padEnd(8)} ${formatDuration(a.timerSeconds)}  ${a.metrics.explanation}`);
    }
    for (const w of warnings) io.stdout(`warning: ${w}`);
  }
  return 0;
}

function describe(decoded: DecodedActivity, thresholds: ThresholdsOnDate) {
  const { record } = decoded;
  const m = computeActivityMetrics(record, { thresholds, sex: null });
  const { streams, laps, ...summary } = record;
  return {
    ...summary,
    device: decoded.device,
    eventKey: decoded.eventKey,
    legIndex: decoded.legIndex,
    lapCount: laps.length,
    streamSeconds: streams?.time.length ?? 0,
    streamChannels: streams ? Object.keys(streams).filter((c) => c !== 'time') : [],
    rrIntervalCount: decoded.rrIntervalsMs?.length ?? 0,
    metrics: {
      np: m.np,
      npSource: m.npSource,
      if: m.intensityFactor,
      tss: m.tss,
      load: m.load.load,
      loadMethod: m.load.method,
      explanation: m.load.explanation,
      ngpSecondsPerKm: m.ngpSecondsPerKm,
      rtss: m.rtss,
      stss: m.stss,
      hrss: m.hrss,
      efficiencyFactor: m.efficiencyFactor,
      decouplingPercent: m.decouplingPercent,
      timeInPowerZones: m.timeInPowerZones,
      timeInHrZones: m.timeInHrZones,
      timeInPaceZones: m.timeInPaceZones,
      meanMaxPower: m.meanMaxPower,
      meanMaxSpeed: m.meanMaxSpeed,
    },
  };
}

function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
