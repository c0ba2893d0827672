import type { Db } from '../schema';

/** A recording device known by its serial number, and the athlete its files belong to (once the coach said so). */
export interface DeviceRecord {
  id: number;
  serial: string;
  manufacturer: string | null;
  product: string | null;
  label: string | null;
  athleteId: number | null;
  athleteName: string | null;
}

export async function listDeviceRecords(
  db: Db,
  filter: { id?: number; serial?: string } = {},
): Promise<DeviceRecord[]> {
  let query = db
    .selectFrom('devices as d')
    .leftJoin('athletes as a', 'a.id', 'd.athlete_id')
    .select(['d.id', 'd.serial', 'd.manufacturer', 'd.product', 'd.label', 'd.athlete_id', 'a.name as athlete_name'])
    .orderBy('d.id');
  if (filter.id !== undefined) query = query.where('d.id', '=', filter.id);
  if (filter.serial !== undefined) query = query.where('d.serial', '=', filter.serial);
  return (await query.execute()).map((r) => ({
    id: r.id,
    serial: r.serial,
    manufacturer: r.manufacturer,
    product: r.product,
    label: r.label,
    athleteId: r.athlete_id,
    athleteName: r.athlete_name,
  }));
}

export async function findDeviceBySerial(db: Db, serial: string): Promise<DeviceRecord | null> {
  return (await listDeviceRecords(db, { serial }))[0] ?? null;
}

/** Creates the device on first sight; later sightings fill in a manufacturer or product that was missing. */
export async function ensureDevice(
  db: Db,
  d: { serial: string; manufacturer: string | null; product: string | null },
  now: string,
): Promise<DeviceRecord> {
  await db
    .insertInto('devices')
    .values({
      serial: d.serial,
      manufacturer: d.manufacturer,
      product: d.product,
      label: null,
      athlete_id: null,
      created_at: now,
    })
    .onConflict((oc) =>
      oc.column('serial').doUpdateSet((eb) => ({
        manufacturer: eb.fn.coalesce('devices.manufacturer', eb.val(d.manufacturer)),
        product: eb.fn.coalesce('devices.product', eb.val(d.product)),
      })),
    )
    .execute();
  return (await findDeviceBySerial(db, d.serial))!;
}

export async function setDeviceAthleteRow(db: Db, deviceId: number, athleteId: number | null): Promise<number> {
  const result = await db
    .updateTable('devices')
    .set({ athlete_id: athleteId })
    .where('id', '=', deviceId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
