import type { AnomalyCause, AnomalyState, AnomalyView } from '../../../common/contract';
import type { RuleSettingsPatch } from '../../../common/domain/anomalies/settings';
import type { AnomalyFinding, AnomalyRule, ContextPeriod, Severity } from '../../../common/domain/anomalies/types';
import type { AnomaliesTable, Db } from '../schema';
import type { Selectable } from 'kysely';

type AnomalyRow = Selectable<AnomaliesTable> & { athlete_name: string };

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };

/** The stored row as the inbox shows it; `ruleLabel` comes from the rule engine's labels. */
export type StoredAnomaly = Omit<AnomalyView, 'ruleLabel'>;

function toAnomaly(r: AnomalyRow): StoredAnomaly {
  return {
    id: r.id,
    athleteId: r.athlete_id,
    athleteName: r.athlete_name,
    rule: r.rule as AnomalyRule,
    severity: r.severity,
    state: r.state,
    date: r.date,
    episodeStart: r.episode_start,
    reason: r.reason,
    headline: r.headline,
    evidence: JSON.parse(r.evidence_json) as AnomalyView['evidence'],
    context: JSON.parse(r.context_json) as ContextPeriod[],
    snoozedUntil: r.snoozed_until,
    cause: r.cause as AnomalyCause | null,
    resolutionNote: r.resolution_note,
    adjustment: r.adjustment_json ? (JSON.parse(r.adjustment_json) as AnomalyView['adjustment']) : null,
    suggestionState: r.suggestion_state,
    suggestionNote: r.suggestion_note,
  };
}

function selectAnomalies(db: Db) {
  return db
    .selectFrom('anomalies')
    .innerJoin('athletes', 'athletes.id', 'anomalies.athlete_id')
    .selectAll('anomalies')
    .select('athletes.name as athlete_name');
}

export async function listAnomalies(
  db: Db,
  filter: { athleteId?: number; rule?: AnomalyRule; states?: readonly AnomalyState[] },
): Promise<StoredAnomaly[]> {
  let query = selectAnomalies(db).where('athletes.archived_at', 'is', null);
  if (filter.athleteId !== undefined) query = query.where('anomalies.athlete_id', '=', filter.athleteId);
  if (filter.rule) query = query.where('anomalies.rule', '=', filter.rule);
  if (filter.states) query = query.where('anomalies.state', 'in', [...filter.states]);
  const rows = await query.execute();
  return rows
    .map(toAnomaly)
    .sort(
      (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.date.localeCompare(a.date) || b.id - a.id,
    );
}

export async function findAnomaly(db: Db, id: number): Promise<StoredAnomaly | null> {
  const row = await selectAnomalies(db).where('anomalies.id', '=', id).executeTakeFirst();
  return row ? toAnomaly(row) : null;
}

/**
 * Writes one evaluation's findings for an athlete: a finding for a known episode updates it (and
 * reopens an acknowledged one that got worse), a new episode is raised, and untriaged anomalies from
 * `since` on that the rules no longer find (the data behind them changed) are withdrawn.
 */
export async function saveFindings(
  db: Db,
  athleteId: number,
  since: string,
  today: string,
  findings: readonly AnomalyFinding[],
  now: string,
): Promise<void> {
  const existing = await db
    .selectFrom('anomalies')
    .select([
      'id',
      'rule',
      'episode_start',
      'severity',
      'state',
      'date',
      'reason',
      'headline',
      'evidence_json',
      'context_json',
      'adjustment_json',
    ])
    .where('athlete_id', '=', athleteId)
    .where((eb) => eb.or([eb('date', '>=', since), eb('state', '!=', 'resolved')]))
    .execute();
  const byKey = new Map(existing.map((e) => [`${e.rule}|${e.episode_start}`, e]));
  const found = new Set<string>();
  for (const f of findings) {
    const key = `${f.rule}|${f.episodeStart}`;
    found.add(key);
    const fields = {
      date: f.date,
      severity: f.severity,
      reason: f.reason,
      headline: f.headline,
      evidence_json: JSON.stringify(f.evidence),
      context_json: JSON.stringify(f.context),
      adjustment_json: f.adjustment ? JSON.stringify(f.adjustment) : null,
    };
    const known = byKey.get(key);
    if (!known) {
      await db
        .insertInto('anomalies')
        .values({
          athlete_id: athleteId,
          rule: f.rule,
          episode_start: f.episodeStart,
          ...fields,
          raised_at: now,
          updated_at: now,
        })
        .execute();
      continue;
    }
    // Re-evaluation usually finds what it found last time: then nothing is written.
    const same =
      known.date === f.date &&
      known.severity === f.severity &&
      known.reason === fields.reason &&
      known.headline === fields.headline &&
      known.evidence_json === fields.evidence_json &&
      known.context_json === fields.context_json &&
      known.adjustment_json === fields.adjustment_json;
    if (same) continue;
    const unchanged = known.date === f.date && known.severity === f.severity;
    const worse = SEVERITY_RANK[f.severity] > SEVERITY_RANK[known.severity];
    await db
      .updateTable('anomalies')
      .set({
        ...fields,
        ...(unchanged ? {} : { updated_at: now }),
        ...(worse && known.state === 'acknowledged' ? { state: 'open' } : {}),
      })
      .where('id', '=', known.id)
      .execute();
  }
  const withdrawn = existing.filter(
    (e) => e.state === 'open' && e.date >= since && !found.has(`${e.rule}|${e.episode_start}`),
  );
  if (withdrawn.length > 0) {
    await db
      .deleteFrom('anomalies')
      .where(
        'id',
        'in',
        withdrawn.map((w) => w.id),
      )
      .where('suggestion_state', 'is', null)
      .execute();
  }
  await db
    .updateTable('anomalies')
    .set({ state: 'open', snoozed_until: null })
    .where('athlete_id', '=', athleteId)
    .where('state', '=', 'snoozed')
    .where('snoozed_until', '<=', today)
    .execute();
}

export async function updateTriage(
  db: Db,
  id: number,
  patch: { state: AnomalyState; snoozedUntil?: string | null; cause?: AnomalyCause | null; resolutionNote?: string },
  now: string,
): Promise<void> {
  await db
    .updateTable('anomalies')
    .set({
      state: patch.state,
      snoozed_until: patch.snoozedUntil ?? null,
      ...(patch.cause !== undefined ? { cause: patch.cause } : {}),
      ...(patch.resolutionNote !== undefined ? { resolution_note: patch.resolutionNote } : {}),
      triaged_at: now,
    })
    .where('id', '=', id)
    .execute();
}

export async function recordSuggestionDecision(
  db: Db,
  id: number,
  state: 'applied' | 'rejected',
  note: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('anomalies')
    .set({ suggestion_state: state, suggestion_note: note, triaged_at: now })
    .where('id', '=', id)
    .execute();
}

/** Open-anomaly counts and the worst open severity per athlete, for the roster. */
export async function countOpenAnomalies(db: Db): Promise<Map<number, { open: number; worst: Severity }>> {
  const rows = await db
    .selectFrom('anomalies')
    .select(['athlete_id', 'severity', (eb) => eb.fn.countAll<number>().as('n')])
    .where('state', 'in', ['open', 'acknowledged'])
    .groupBy(['athlete_id', 'severity'])
    .execute();
  const result = new Map<number, { open: number; worst: Severity }>();
  for (const r of rows) {
    const entry = result.get(r.athlete_id) ?? { open: 0, worst: r.severity };
    entry.open += Number(r.n);
    if (SEVERITY_RANK[r.severity] > SEVERITY_RANK[entry.worst]) entry.worst = r.severity;
    result.set(r.athlete_id, entry);
  }
  return result;
}

/** Each athlete's overrides of the global rule settings (the global patch is in settings.ts). */
export async function findRuleSettingsPatch(db: Db, athleteId: number): Promise<RuleSettingsPatch> {
  const row = await db
    .selectFrom('athlete_rule_settings')
    .select('patch_json')
    .where('athlete_id', '=', athleteId)
    .executeTakeFirst();
  return row ? (JSON.parse(row.patch_json) as RuleSettingsPatch) : {};
}

export async function listRuleSettingsPatches(db: Db): Promise<Map<number, RuleSettingsPatch>> {
  const rows = await db.selectFrom('athlete_rule_settings').selectAll().execute();
  return new Map(rows.map((r) => [r.athlete_id, JSON.parse(r.patch_json) as RuleSettingsPatch]));
}

export async function saveRuleSettingsPatch(db: Db, athleteId: number, patch: RuleSettingsPatch): Promise<void> {
  if (Object.keys(patch).length === 0) {
    await db.deleteFrom('athlete_rule_settings').where('athlete_id', '=', athleteId).execute();
    return;
  }
  const json = JSON.stringify(patch);
  await db
    .insertInto('athlete_rule_settings')
    .values({ athlete_id: athleteId, patch_json: json })
    .onConflict((oc) => oc.column('athlete_id').doUpdateSet({ patch_json: json }))
    .execute();
}
