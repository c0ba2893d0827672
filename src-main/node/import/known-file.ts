import type { KnownFile } from '../db/repositories/imports';

/** The report's reason for a file whose exact bytes were imported before. */
export function describeKnownFile(known: KnownFile): string {
  const ids = known.activityIds.map((id) => `#${id}`).join(', ');
  return `same file as "${known.name}", imported ${known.firstSeenAt.slice(0, 10)} (activity ${ids})`;
}
