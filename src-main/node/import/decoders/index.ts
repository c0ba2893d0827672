import { describeExclusions } from '../../../common/domain/metrics/sample-plausibility';
import { gunzipFile, isGzip, isZip, nestedArchiveReason } from './archive';
import { looksLikeFit } from './fit/container';
import { decodeFit } from './fit/decode-fit';
import type { FileDateEvidence } from './fit/device-clock';
import { decodeGpx } from './gpx/decode-gpx';
import { decodeTcx } from './tcx/decode-tcx';
import { DecodeError, type DecodeResult } from './types';

export { ArchiveRefused, openZipArchive, type ArchiveEntry, type ZipArchive } from './archive';
export type { FileDateEvidence } from './fit/device-clock';
export { DecodeError, type DecodeResult, type DecodedActivity, type DecodedDevice, type DecodedFormat } from './types';

/**
 * Decodes one activity file (FIT, TCX or GPX, optionally gzipped). The format is recognised by its
 * content, not its name, so a mislabelled file still decodes. Throws DecodeError with a specific,
 * user-facing reason when the file cannot be imported; a zip archive must be opened with openZipArchive.
 * `evidence` is what is known about the file beyond its bytes (its modification time on disk).
 */
export async function decodeActivityFile(
  fileName: string,
  bytes: Uint8Array,
  evidence: FileDateEvidence = {},
): Promise<DecodeResult> {
  if (isGzip(bytes)) {
    const inner = gunzipFile(fileName, bytes);
    if (isGzip(inner.bytes))
      throw new DecodeError(
        'a gzip file inside another gzip file is not opened: gunzip it once, then import the file it makes',
      );
    if (isZip(inner.bytes))
      throw new DecodeError(
        `a zip archive compressed again with gzip is not opened: gunzip ${fileName} first, then import the .zip it makes`,
      );
    return decodeActivityFile(inner.name, inner.bytes, evidence);
  }
  // Archives are opened before their files are decoded: one met here sits inside another.
  if (isZip(bytes)) throw new DecodeError(nestedArchiveReason('the outer archive'));
  if (looksLikeFit(bytes)) return withExclusionsReported(await decodeFit(bytes, evidence));
  const xmlRoot = sniffXmlRoot(bytes);
  if (xmlRoot === 'TrainingCenterDatabase') return withExclusionsReported(await decodeTcx(bytes));
  if (xmlRoot === 'gpx') return withExclusionsReported(await decodeGpx(bytes));
  if (/\.fit$/i.test(fileName) && bytes.length >= 12) throw new DecodeError('corrupt FIT header (no ".FIT" signature)');
  if (/\.fit$/i.test(fileName))
    throw new DecodeError(`truncated FIT file: ${bytes.length} bytes, a header needs at least 12`);
  throw new DecodeError('not a FIT, TCX or GPX file');
}

/** The import report says what each activity's metrics were made without (its load sentence says it too). */
function withExclusionsReported(result: DecodeResult): DecodeResult {
  const several = result.activities.length > 1;
  const notes = result.activities.flatMap(({ record }, i) =>
    record.excludedSamples?.length
      ? [`${several ? `activity ${i + 1}: ` : ''}${describeExclusions(record.excludedSamples, record.sport)}`]
      : [],
  );
  return notes.length > 0 ? { ...result, warnings: [...result.warnings, ...notes] } : result;
}

/** The name of the first XML element, read from the first 4 KB (after any BOM, declaration and comments). */
function sniffXmlRoot(bytes: Uint8Array): string | null {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const withoutPrologue = head
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '');
  const match = /^\s*<([A-Za-z_][\w.:-]*)/.exec(withoutPrologue);
  if (!match) return null;
  const name = match[1]!;
  return name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
}
