import type { AnomalySettingsView } from '../../common/contract';
import { DEFAULT_RULE_SETTINGS, mergeRuleSettings, type RuleSettingsPatch } from '../../common/domain/anomalies/settings';
import type { RuleSettings } from '../../common/domain/anomalies/types';
import { findRuleSettingsPatch, listRuleSettingsPatches, saveRuleSettingsPatch } from '../db/repositories/anomalies';
import type { Db } from '../db/schema';
import type { ServiceContext } from '../services/context';
import { getAthlete } from '../services/athletes';
import { AppError } from '../../common/contract';

/**
 * Rule thresholds: the defaults, the coach's global patch over them (settings key 'anomalyRules'), and
 * each athlete's patch over that. Patches, not whole copies, so improved defaults still reach fields
 * nobody changed.
 */
const GLOBAL_KEY = 'anomalyRules';

export async function readGlobalPatch(db: Db): Promise<RuleSettingsPatch> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', GLOBAL_KEY).executeTakeFirst();
  return row ? (JSON.parse(row.value) as RuleSettingsPatch) : {};
}

export async function globalRuleSettings(db: Db): Promise<RuleSettings> {
  return mergeRuleSettings(DEFAULT_RULE_SETTINGS, await readGlobalPatch(db));
}

/** Every athlete's effective settings, read in two queries. */
export async function ruleSettingsByAthlete(db: Db): Promise<{ global: RuleSettings; of: (athleteId: number) => RuleSettings }> {
  const global = await globalRuleSettings(db);
  const patches = await listRuleSettingsPatches(db);
  return { global, of: (id) => mergeRuleSettings(global, patches.get(id) as RuleSettingsPatch | undefined) };
}

export async function getRuleSettings(ctx: ServiceContext, athleteId: number | null): Promise<AnomalySettingsView> {
  const global = await globalRuleSettings(ctx.db);
  if (athleteId === null) return { athleteId, global, patch: {}, effective: global };
  await getAthlete(ctx, athleteId);
  const patch = (await findRuleSettingsPatch(ctx.db, athleteId)) as RuleSettingsPatch;
  return { athleteId, global, patch, effective: mergeRuleSettings(global, patch) };
}

/**
 * Global: the patch is merged into the stored global patch. Athlete: the patch replaces the athlete's
 * overrides (the form sends all of them; an empty patch returns the athlete to the global values).
 */
export async function updateRuleSettings(
  ctx: ServiceContext,
  athleteId: number | null,
  patch: Record<string, Record<string, number | boolean>>,
): Promise<AnomalySettingsView> {
  const checked = checkPatch(patch);
  if (athleteId === null) {
    const merged = mergePatches(await readGlobalPatch(ctx.db), checked);
    const value = JSON.stringify(merged);
    await ctx.db
      .insertInto('settings')
      .values({ key: GLOBAL_KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  } else {
    await getAthlete(ctx, athleteId);
    await saveRuleSettingsPatch(ctx.db, athleteId, checked as Record<string, Record<string, number | boolean>>);
  }
  ctx.events.emit({ type: 'data.changed', scope: 'settings', ...(athleteId !== null && { athleteId }) });
  return getRuleSettings(ctx, athleteId);
}

/** Only known rules and fields of the right type: a typo must not be stored and silently ignored. */
function checkPatch(patch: Record<string, Record<string, number | boolean>>): RuleSettingsPatch {
  for (const [rule, fields] of Object.entries(patch)) {
    const defaults = (DEFAULT_RULE_SETTINGS as unknown as Record<string, Record<string, number | boolean> | undefined>)[rule];
    if (!defaults) throw new AppError('VALIDATION', `Unknown rule "${rule}"`, 'patch');
    for (const [key, value] of Object.entries(fields)) {
      if (!(key in defaults)) throw new AppError('VALIDATION', `Rule "${rule}" has no setting "${key}"`, 'patch');
      if (typeof value !== typeof defaults[key])
        throw new AppError('VALIDATION', `${rule}.${key} must be a ${typeof defaults[key]}`, 'patch');
    }
  }
  return patch as RuleSettingsPatch;
}

function mergePatches(base: RuleSettingsPatch, extra: RuleSettingsPatch): RuleSettingsPatch {
  const merged: Record<string, object> = { ...base };
  for (const [rule, fields] of Object.entries(extra)) merged[rule] = { ...(merged[rule] ?? {}), ...fields };
  return merged as RuleSettingsPatch;
}
