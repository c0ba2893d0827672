import { DecodeError, type DecodeResult, type DecodedActivity } from '../types';
import { activitiesFromFit } from './activities';
import { splitChainedFit, type FitRecovery } from './container';
import { StrapHeartRate } from './chained-heart-rate';
import { dateUnsetDeviceClock, type FileDateEvidence } from './device-clock';
import { parseFitPart } from './parse-part';
import type { ParsedFit } from './parsed-types';

/**
 * A damaged file's readable part is imported only if it holds at least this much activity: a file cut
 * off after its first records would otherwise become a few-second row standing for a whole workout.
 */
const MIN_RECOVERED_TIMER_SECONDS = 60;

/**
 * Decodes a FIT file, including several FIT files chained in one (fit-file-parser alone reads only
 * the first). Every part is framed and CRC-checked first; a broken first part is a DecodeError, a
 * broken later part is dropped with a warning. A first part with a cut-off tail or a bad file CRC
 * gives up its complete messages with a "recovered" warning, and is an error only when they hold no
 * activity of at least MIN_RECOVERED_TIMER_SECONDS. Timestamps of a device whose clock was never set
 * are re-dated from the file's other evidence (device-clock.ts). Parts that are not activities
 * (settings, HR-strap data) contribute no activities; chest-strap heart rate (`hr` messages) is
 * preferred over the records'.
 */
export async function decodeFit(bytes: Uint8Array, evidence: FileDateEvidence = {}): Promise<DecodeResult> {
  const split = splitChainedFit(bytes);
  if (split.fatal) throw new DecodeError(split.fatal);
  const warnings = [...split.warnings];
  const recovered = split.parts[0]?.recovered;
  const parsedParts: ParsedFit[] = [];
  const undatedParts = new Set<ParsedFit>();
  const estimatedParts = new Map<ParsedFit, string>();
  for (const [index, part] of split.parts.entries()) {
    let parsed: ParsedFit;
    try {
      parsed = await parseFitPart(part.bytes);
    } catch (error) {
      const reason = `FIT file could not be decoded: ${(error as Error).message}`;
      if (index === 0) throw new DecodeError(recovered ? recovered.problem : reason);
      warnings.push(`chained FIT file ${index + 1} at byte ${part.offset} was skipped: ${reason}`);
      continue;
    }
    const clock = dateUnsetDeviceClock(parsed, evidence);
    if (clock) warnings.push(clock.warning);
    if (clock && !clock.dated) undatedParts.add(parsed);
    if (clock?.estimatedFrom) estimatedParts.set(parsed, clock.estimatedFrom);
    parsedParts.push(parsed);
  }

  const activities: DecodedActivity[] = [];
  const otherTypes = new Set<string>();
  const strap = StrapHeartRate.fromParts(parsedParts);
  let firstPartActivities = 0;
  for (const parsed of parsedParts) {
    const fileType = parsed.file_ids?.[0]?.type;
    const found = activitiesFromFit(parsed, warnings, strap);
    if (undatedParts.has(parsed)) for (const activity of found) activity.warnings.push({ kind: 'date-unknown' });
    const modifiedAt = estimatedParts.get(parsed);
    if (modifiedAt) for (const activity of found) activity.warnings.push({ kind: 'date-estimated', modifiedAt });
    if (found.length === 0 && fileType !== undefined && fileType !== 'activity') otherTypes.add(String(fileType));
    activities.push(...found);
    if (parsed === parsedParts[0]) firstPartActivities = found.length;
  }
  if (activities.length === 0) {
    const reason = noActivityReason([...otherTypes], parsedParts);
    throw new DecodeError(
      recovered
        ? `${recovered.problem}; its ${recovered.walk.messages} readable messages hold no activity (${reason})`
        : reason,
    );
  }
  if (recovered) {
    const longest = Math.max(...activities.map((a) => a.record.timerSeconds));
    if (longest < MIN_RECOVERED_TIMER_SECONDS) {
      throw new DecodeError(
        `${recovered.problem}; its readable messages hold only ${Math.round(longest)} s of activity, too little to import`,
      );
    }
    warnings.unshift(describeRecovery(recovered));
    // The damage is in the first part (container.ts), so it is the first part's activities that are partial.
    for (const activity of activities.slice(0, firstPartActivities))
      activity.warnings.push({ kind: 'recovered', unreadableBytes: recovered.unreadableBytes });
  }
  const strapNote = strap?.describe();
  if (strapNote) warnings.push(strapNote);
  return { format: 'fit', activities, warnings };
}

function noActivityReason(otherTypes: string[], parts: readonly ParsedFit[]): string {
  if (otherTypes.length > 0) return `FIT file contains no activity (file type: ${otherTypes.join(', ')})`;
  const untimedRecords = parts.reduce((n, p) => n + (p.records?.length ?? 0), 0);
  if (untimedRecords > 0)
    return `FIT file contains no activity: ${untimedRecords} records but no session and no timestamps`;
  return 'FIT file contains no activity: no sessions and no records';
}

/** The coach-facing warning of a file imported from its complete messages only. */
function describeRecovery({ problem, unreadableBytes, walk }: FitRecovery): string {
  const head = `recovered, ${unreadableBytes} bytes unreadable: ${problem}`;
  if (walk.stoppedBecause === null)
    return `${head}; every message is complete, but a damaged value cannot be ruled out`;
  const where =
    walk.stoppedBecause === 'cut off'
      ? 'the file ends inside a message'
      : `the data stops being FIT messages at byte ${walk.end}`;
  return `${head}; ${where}, the ${walk.messages} complete messages before it were imported`;
}
