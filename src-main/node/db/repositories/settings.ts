import { defaultSettings, settingsSchema, type Settings } from '../../../common/contract';
import type { RuleSettingsPatch } from '../../../common/domain/anomalies/settings';
import type { Db } from '../schema';

/**
 * The settings table holds one JSON document per key: the app's settings ('app') and the coach's
 * global patch over the anomaly rules' defaults ('anomalyRules'; each athlete's patch is in
 * athlete_rule_settings, see anomalies.ts).
 */
type SettingsKey = 'app' | 'anomalyRules';

async function readDocument(db: Db, key: SettingsKey): Promise<unknown> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row ? JSON.parse(row.value) : undefined;
}

async function writeDocument(db: Db, key: SettingsKey, document: unknown): Promise<void> {
  const value = JSON.stringify(document);
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

export async function readSettings(db: Db): Promise<Settings> {
  const stored = await readDocument(db, 'app');
  if (stored === undefined) return defaultSettings;
  // Stored settings from an older version may lack newer keys: fill them from the defaults.
  const parsed = settingsSchema.partial().safeParse(stored);
  return { ...defaultSettings, ...(parsed.success ? parsed.data : {}) };
}

export async function writeSettings(db: Db, settings: Settings): Promise<void> {
  await writeDocument(db, 'app', settings);
}

/** The coach's changes to the rule defaults for every athlete; empty when there are none. */
export async function readGlobalRulePatch(db: Db): Promise<RuleSettingsPatch> {
  return ((await readDocument(db, 'anomalyRules')) as RuleSettingsPatch | undefined) ?? {};
}

export async function writeGlobalRulePatch(db: Db, patch: RuleSettingsPatch): Promise<void> {
  await writeDocument(db, 'anomalyRules', patch);
}
