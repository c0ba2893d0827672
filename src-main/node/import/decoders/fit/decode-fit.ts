import { DecodeError, type DecodeResult, type DecodedActivity } from '../types';
import { activitiesFromFit } from './activities';
import { splitChainedFit } from './container';
import { StrapHeartRate } from './chained-heart-rate';
import { parseFitPart } from './parse-part';
import type { ParsedFit } from './parsed-types';

/**
 * Decodes a FIT file, including several FIT files chained in one (fit-file-parser alone reads only
 * the first). Every part is framed and CRC-checked first; a broken first part is a DecodeError, a
 * broken later part is dropped with a warning. Parts that are not activities (settings, HR-strap
 * data) contribute no activities; chest-strap heart rate (`hr` messages) is preferred over the records'.
 */
export async function decodeFit(bytes: Uint8Array): Promise<DecodeResult> {
  const split = splitChainedFit(bytes);
  if (split.fatal) throw new DecodeError(split.fatal);
  const warnings = [...split.warnings];
  const parsedParts: ParsedFit[] = [];
  for (const [index, part] of split.parts.entries()) {
    try {
      parsedParts.push(await parseFitPart(part.bytes));
    } catch (error) {
      const reason = `FIT file could not be decoded: ${(error as Error).message}`;
      if (index === 0) throw new DecodeError(reason);
      warnings.push(`chained FIT file ${index + 1} at byte ${part.offset} was skipped: ${reason}`);
    }
  }

  const activities: DecodedActivity[] = [];
  const otherTypes = new Set<string>();
  const strap = StrapHeartRate.fromParts(parsedParts);
  for (const parsed of parsedParts) {
    const fileType = parsed.file_ids?.[0]?.type;
    const found = activitiesFromFit(parsed, warnings, strap);
    if (found.length === 0 && fileType !== undefined && fileType !== 'activity') otherTypes.add(String(fileType));
    activities.push(...found);
  }
  if (activities.length === 0) throw new DecodeError(noActivityReason([...otherTypes], parsedParts));
  const strapNote = strap?.describe();
  if (strapNote) warnings.push(strapNote);
  return { format: 'fit', activities, warnings };
}

function noActivityReason(otherTypes: string[], parts: readonly ParsedFit[]): string {
  if (otherTypes.length > 0) return `FIT file contains no activity (file type: ${otherTypes.join(', ')})`;
  const untimedRecords = parts.reduce((n, p) => n + (p.records?.length ?? 0), 0);
  if (untimedRecords > 0) return `FIT file contains no activity: ${untimedRecords} records but no session and no timestamps`;
  return 'FIT file contains no activity: no sessions and no records';
}
