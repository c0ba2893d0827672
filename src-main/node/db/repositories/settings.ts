
import { defaultSettings, settingsSchema, type Settings } from '../../../common/contract';
import type { Db } from '../schema';



const KEY = 'app';

export async function readSettings(db: Db): Promise<Settings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  if (!row) return defaultSettings;
  // Stored settings from an older version may lack newer keys: fill them from the defaults.
  const parsed = settingsSchema.partial().safeParse(JSON.parse(row.value));
  return { ...defaultSettings, ...(parsed.success ? parsed.data : {}) };
}

export async function writeSettings(db: Db, settings: Settings): Promise<void> {
  const value = JSON.stringify(settings);
  await db
    .insertInto('settings')
    .values({ key: KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
