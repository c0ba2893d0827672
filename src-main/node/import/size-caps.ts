import { formatFileSize } from '../../common/format';

/**
 * How large the files an import opens may be, whatever brings them (file picker, folder, watch folder,
 * device, upload, CLI): a file past a cap is refused with the reason, before it can take the app's memory.
 *
 * Sized from the real device files in the fixtures at 1 Hz: FIT takes at most ~10 MB a day, TCX (the
 * most verbose) ~35 MB, GPX ~23 MB. 128 MB holds three days and more of the densest format, so no real
 * recording comes near it; a larger "activity" is a bomb or not an activity.
 */
export const MAX_ACTIVITY_FILE_BYTES = 128 * 1024 ** 2;

/** A zip archive is read whole to find its files; 512 MB is also what browser mode accepts in one upload. */
export const MAX_ARCHIVE_BYTES = 512 * 1024 ** 2;

/**
 * All of a zip archive's activity files together may expand to this many times the archive's size.
 * Real activity files deflate at most ~40:1 (repetitive TCX XML); zeros, a bomb's usual filling,
 * about 1000:1. Exports of .fit.gz files (Strava) barely expand at all.
 */
export const MAX_ARCHIVE_EXPANSION_RATIO = 64;

/** …but a small archive may always expand this far, so one long, very compressible TCX still fits. */
export const MIN_ARCHIVE_EXPANSION_BYTES = 2 * MAX_ACTIVITY_FILE_BYTES;

/** How far the activity files in an archive of `archiveBytes` may expand altogether. */
export function archiveExpansionCap(archiveBytes: number): number {
  return Math.max(MIN_ARCHIVE_EXPANSION_BYTES, MAX_ARCHIVE_EXPANSION_RATIO * archiveBytes);
}

/**
 * Why a file is refused by its size on disk, before anything reads it; null when its size is plausible.
 * A .gz file is held to the activity-file cap too: it is never smaller than what it expands to be refused for.
 */
export function sizeRefusal(path: string, bytes: number): string | null {
  if (/\.zip$/i.test(path)) {
    if (bytes <= MAX_ARCHIVE_BYTES) return null;
    return `${formatFileSize(bytes)}, larger than the ${formatFileSize(MAX_ARCHIVE_BYTES)} an archive may be: unzip it, then import the folder it makes`;
  }
  if (bytes <= MAX_ACTIVITY_FILE_BYTES) return null;
  return `${formatFileSize(bytes)}, larger than any real activity file (at most ${formatFileSize(MAX_ACTIVITY_FILE_BYTES)} is read)`;
}
