import { deflateSync, inflateSync } from 'node:zlib';
import type { Db } from '../schema';

/** RR intervals above 65.5 s do not occur in a beating heart; uint16 milliseconds halve the storage of float32. */
const MAX_INTERVAL_MS = 0xffff;

export async function saveRrIntervals(db: Db, activityId: number, intervalsMs: readonly number[]): Promise<void> {
  const values = Uint16Array.from(intervalsMs, (ms) => Math.max(0, Math.min(MAX_INTERVAL_MS, Math.round(ms))));
  await db
    .insertInto('activity_rr_intervals')
    .values({ activity_id: activityId, interval_count: values.length, data: deflateSync(new Uint8Array(values.buffer)) })
    .execute();
}

export async function loadRrIntervals(db: Db, activityId: number): Promise<number[] | null> {
  const row = await db.selectFrom('activity_rr_intervals').select('data').where('activity_id', '=', activityId).executeTakeFirst();
  if (!row) return null;
  const raw = inflateSync(row.data);
  return Array.from(new Uint16Array(raw.buffer, raw.byteOffset, raw.byteLength / 2));
}
