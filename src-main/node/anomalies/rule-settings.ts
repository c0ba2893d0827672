import type { AnomalySettingsView } from '../../common/contract';
import {
  DEFAULT_RULE_SETTINGS,
  mergeRuleSettings,
  type RuleSettingsPatch,
} from '../../common/domain/anomalies/settings';
import type { RuleSettings } from '../../common/domain/anomalies/types';
import { findRuleSettingsPatch, listRuleSettingsPatches, saveRuleSettingsPatch } from '../db/repositories/anomalies';
import { readGlobalRulePatch, writeGlobalRulePatch } from '../db/repositories/settings';
import type { Db } from '../db/schema';
import type { ServiceContext } from '../services/context';
import { getAthlete } from '../services/athletes';

/**
 * Rule thresholds: the defaults, the coach's global patch over them, and each athlete's patch over
 * that. Patches, not whole copies, so improved defaults still reach fields nobody changed.
 */
export async function globalRuleSettings(db: Db): Promise<RuleSettings> {
  return mergeRuleSettings(DEFAULT_RULE_SETTINGS, await readGlobalRulePatch(db));
}

/** Every athlete's effective settings, read in two queries. */
export async function ruleSettingsByAthlete(
  db: Db,
): Promise<{ global: RuleSettings; of: (athleteId: number) => RuleSettings }> {
  const global = await globalRuleSettings(db);
  const patches = await listRuleSettingsPatches(db);
  return { global, of: (id) => mergeRuleSettings(global, patches.get(id)) };
}

export async function getRuleSettings(ctx: ServiceContext, athleteId: number | null): Promise<AnomalySettingsView> {
  const global = await globalRuleSettings(ctx.db);
  if (athleteId === null) return { athleteId, global, patch: {}, effective: global };
  await getAthlete(ctx, athleteId);
  const patch = await findRuleSettingsPatch(ctx.db, athleteId);
  return { athleteId, global, patch, effective: mergeRuleSettings(global, patch) };
}

/**
 * The patch was checked against the rules by the contract (known rules and settings, each in its range).
 * Global: the patch is merged into the stored global patch. Athlete: the patch replaces the athlete's
 * overrides (the form sends all of them; an empty patch returns the athlete to the global values).
 */
export async function updateRuleSettings(
  ctx: ServiceContext,
  athleteId: number | null,
  patch: RuleSettingsPatch,
): Promise<AnomalySettingsView> {
  if (athleteId === null) {
    await writeGlobalRulePatch(ctx.db, mergePatches(await readGlobalRulePatch(ctx.db), patch));
  } else {
    await getAthlete(ctx, athleteId);
    await saveRuleSettingsPatch(ctx.db, athleteId, patch);
  }
  ctx.events.emit({ type: 'data.changed', scope: 'settings', ...(athleteId !== null && { athleteId }) });
  return getRuleSettings(ctx, athleteId);
}

function mergePatches(base: RuleSettingsPatch, extra: RuleSettingsPatch): RuleSettingsPatch {
  const merged: Record<string, object> = { ...base };
  for (const [rule, fields] of Object.entries(extra)) merged[rule] = { ...(merged[rule] ?? {}), ...fields };
  return merged as RuleSettingsPatch;
}
