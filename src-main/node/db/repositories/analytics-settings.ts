import { DEFAULT_PMC_CONVENTION, type PmcConvention } from '../../../common/domain/load/pmc-convention';
import type { Db } from '../schema';

/** CTL and ATL on the day before `date`, the first day of the computed history. */
export interface DatedPmcSeed {
  date: string;
  ctl: number;
  atl: number;
}

export interface PmcSettings {
  convention: PmcConvention;
  seed: DatedPmcSeed | null;
}

type SettingsRow = {
  smoothing: PmcConvention['smoothing'];
  form_timing: PmcConvention['formTiming'];
  ctl_days: number;
  atl_days: number;
  seed_date: string | null;
  seed_ctl: number | null;
  seed_atl: number | null;
};

/** Athletes without a stored row use the default convention and no seed. */
export function pmcSettingsOf(row: SettingsRow | undefined | null): PmcSettings {
  if (!row) return { convention: DEFAULT_PMC_CONVENTION, seed: null };
  return {
    convention: { smoothing: row.smoothing, formTiming: row.form_timing, ctlDays: row.ctl_days, atlDays: row.atl_days },
    seed:
      row.seed_date !== null && row.seed_ctl !== null && row.seed_atl !== null
        ? { date: row.seed_date, ctl: row.seed_ctl, atl: row.seed_atl }
        : null,
  };
}

export async function findPmcSettings(db: Db, athleteId: number): Promise<PmcSettings> {
  const row = await db
    .selectFrom('analytics_settings')
    .selectAll()
    .where('athlete_id', '=', athleteId)
    .executeTakeFirst();
  return pmcSettingsOf(row);
}

/** Every athlete's stored settings, keyed by athlete; absent athletes use the defaults. */
export async function listPmcSettings(db: Db): Promise<Map<number, PmcSettings>> {
  const rows = await db.selectFrom('analytics_settings').selectAll().execute();
  return new Map(rows.map((r) => [r.athlete_id, pmcSettingsOf(r)]));
}

export async function savePmcSettings(db: Db, athleteId: number, settings: PmcSettings, now: string): Promise<void> {
  const { convention, seed } = settings;
  const values = {
    smoothing: convention.smoothing,
    form_timing: convention.formTiming,
    ctl_days: convention.ctlDays,
    atl_days: convention.atlDays,
    seed_date: seed?.date ?? null,
    seed_ctl: seed?.ctl ?? null,
    seed_atl: seed?.atl ?? null,
    updated_at: now,
  };
  await db
    .insertInto('analytics_settings')
    .values({ athlete_id: athleteId, ...values })
    .onConflict((oc) => oc.column('athlete_id').doUpdateSet(values))
    .execute();
}
