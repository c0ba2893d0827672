import { readFile, stat } from 'node:fs/promises';
import { formatClock } from '../../../common/format';
import { computeActivityMetrics } from '../../../common/domain/metrics/activity-metrics';
import { metricsLine } from '../../../common/domain/metrics/registry';
import type { ThresholdsOnDate } from '../../../common/domain/metrics/training-load';
import { AppError } from '../../../common/contract';
import type { DecodedActivity } from '../../import/decoders';
import { sizeRefusal } from '../../import/size-caps';
import type { CliIo } from '../command';
import { parseOptions } from '../options';
import { INSPECT_THRESHOLD_FLAGS, thresholdFlagOptions, thresholdsFromFlags } from '../threshold-flags';
import { UsageError } from '../usage-error';

/** `coach inspect FILE --json [thresholds…]`: decode one file and compute its metrics, touching no database. */
export async function runInspect(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    { json: { type: 'boolean' }, ...thresholdFlagOptions(INSPECT_THRESHOLD_FLAGS) },
    true,
  );
  if (positionals.length !== 1) throw new UsageError('expects exactly one FILE');
  const thresholds: ThresholdsOnDate = thresholdsFromFlags(values, INSPECT_THRESHOLD_FLAGS);

  const path = positionals[0]!;
  const tooLarge = sizeRefusal(path, (await stat(path)).size);
  if (tooLarge) throw new AppError('VALIDATION', `${path}: ${tooLarge}`);
  const bytes = new Uint8Array(await readFile(path));
  // Loaded here, not with the module: every other command would pay for the parsers at start-up.
  const { decodeActivityFile, openZipArchive } = await import('../../import/decoders');
  const archive = openZipArchive(path, bytes);
  const entries = [];
  if (!archive) entries.push({ name: path, bytes });
  else for (const file of archive.files) entries.push({ name: file.name, bytes: await archive.read(file) });
  // As the import does: a file's modification time dates a recording whose device clock was unset.
  const evidence = archive ? {} : { fileModifiedMs: (await stat(path)).mtimeMs };
  const files = [];
  for (const entry of entries) {
    const result = await decodeActivityFile(entry.name, entry.bytes, evidence);
    files.push({
      name: entry.name,
      format: result.format,
      warnings: result.warnings,
      activities: result.activities.map((a) => describe(a, thresholds)),
    });
  }
  const activities = files.flatMap((f) => f.activities);
  const warnings = files.flatMap((f) => f.warnings.map((w) => (entries.length > 1 ? `${f.name}: ${w}` : w)));
  if (values.json) {
    io.stdout(JSON.stringify({ format: files[0]?.format ?? null, warnings, activities }, null, 2));
  } else {
    for (const a of activities) {
      io.stdout(`${a.startTime}  ${a.sport.padEnd(8)} ${formatClock(a.timerSeconds)}  ${a.metrics.explanation}`);
      const measured = metricsLine(a.metrics);
      if (measured) io.stdout(`  ${measured}`);
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
      ...m.metrics,
      npSource: m.npSource,
      load: m.load.load,
      loadMethod: m.load.method,
      explanation: m.load.explanation,
      timeInPowerZones: m.timeInPowerZones,
      timeInHrZones: m.timeInHrZones,
      timeInPaceZones: m.timeInPaceZones,
      meanMaxPower: m.meanMaxPower,
      meanMaxSpeed: m.meanMaxSpeed,
    },
  };
}
