import { deflateSync, inflateSync } from 'node:zlib';
import type { Db } from '../schema';

/** RR intervals above 65.5 s do not occur in a beating heart; uint16 milliseconds halve the storage of float32. */
const MAX_INTERVAL_MS = 0xffff;

/** RR intervals as stored: deflated uint16 milliseconds. */
export interface EncodedRrIntervals {
  count: number;
  data: Uint8Array;
}

/** Encodes in a decode worker, so the writer's thread only stores the bytes. */
export function encodeRrIntervals(intervalsMs: readonly number[]): EncodedRrIntervals {
  const values = Uint16Array.from(intervalsMs, (ms) => Math.max(0, Math.min(MAX_INTERVAL_MS, Math.round(ms))));
  return { count: values.length, data: deflateSync(new Uint8Array(values.buffer)) };
}

/** Stores an activity's RR intervals, in place of any it had (a richer recording of it replaced the first). */
export async function saveRrIntervals(db: Db, activityId: number, encoded: EncodedRrIntervals): Promise<void> {
  const values = { interval_count: encoded.count, data: encoded.data };
  await db
    .insertInto('activity_rr_intervals')
    .values({ activity_id: activityId, ...values })
    .onConflict((oc) => oc.column('activity_id').doUpdateSet(values))
    .execute();
}

export async function loadRrIntervals(db: Db, activityId: number): Promise<number[] | null> {
  const row = await db
    .selectFrom('activity_rr_intervals')
    .select('data')
    .where('activity_id', '=', activityId)
    .executeTakeFirst();
  if (!row) return null;
  const raw = inflateSync(row.data);
  return Array.from(new Uint16Array(raw.buffer, raw.byteOffset, raw.byteLength / 2));
}
