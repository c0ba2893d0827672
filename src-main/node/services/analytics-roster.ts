import type { MarkerStatusSummary, RosterRow } from '../../common/contract';
import { daysBetween } from '../../common/domain/dates';
import { formZoneOf } from '../../common/domain/load/form-zones';
import { loadWarningsOf } from '../../common/domain/load/load-warnings';
import {
  labelPmcConvention,
  type LabelledPmcConvention,
  type PmcConvention,
} from '../../common/domain/load/pmc-convention';
import { dateInTimeZone } from '../../common/domain/time-zone';
import { listRosterAthletes, type RosterAthlete } from '../db/repositories/roster';
import type { ServiceContext } from './context';
import { loadRosterPlanColumns, type RosterPlanColumns } from './roster-plans';
import { loadRosterTriageColumns } from '../anomalies/roster-triage';
import { needsRefresh, refreshAthlete } from './load-refresh';

const UNKNOWN_STATUS: MarkerStatusSummary = { position: null, trend: null, recentMean: null, band: null };

/**
 * One row per non-archived athlete, from one query over the stored PMC day and morning status of
 * each athlete's today — no replay of activities or readings, whatever the roster's size. Stale
 * athletes are refreshed first: normally none, as a bulk write refreshes eagerly and only a new day
 * or an edit makes an athlete stale.
 */
export async function loadRoster(ctx: ServiceContext): Promise<RosterRow[]> {
  const now = ctx.now();
  const todayAt = memoizedToday(now);
  let athletes = await listRosterAthletes(ctx.db);
  const stale = athletes.filter((a) => needsRefresh(a.loadState, todayAt(a.timeZone)));
  if (stale.length > 0) {
    for (const a of stale) await refreshAthlete(ctx.db, a.id, now);
    athletes = await listRosterAthletes(ctx.db);
  }
  const label = memoizedLabel();
  const todays = athletes.map((a) => ({ id: a.id, today: todayAt(a.timeZone) }));
  const planColumns = await loadRosterPlanColumns(ctx, todays);
  const triage = await loadRosterTriageColumns(ctx, todays);
  return athletes.map((a, i) => ({
    ...rosterRow(a, todays[i]!.today, label, planColumns.get(a.id)!),
    ...triage.get(a.id)!,
  }));
}

function rosterRow(
  a: RosterAthlete,
  today: string,
  label: (c: PmcConvention) => LabelledPmcConvention,
  planColumns: RosterPlanColumns,
): Omit<RosterRow, 'anomalies' | 'call'> {
  const day = a.day?.date === today ? a.day : null;
  const lastUploadAt = a.loadState?.lastActivityAt ?? null;
  const lastUploadDate = lastUploadAt ? dateInTimeZone(a.timeZone, Date.parse(lastUploadAt)) : null;
  const zone = day ? formZoneOf(day.tsb) : null;
  return {
    id: a.id,
    name: a.name,
    sports: a.sports,
    tags: a.tags,
    isDemo: a.isDemo,
    today,
    ctl: day?.ctl ?? null,
    atl: day?.atl ?? null,
    tsb: day?.tsb ?? null,
    formZone: zone ? { id: zone.id, label: zone.label } : null,
    ramp7d: day?.ramp ?? null,
    load7d: day?.load7d ?? null,
    load28d: day?.load28d ?? null,
    acwr: day?.acwr ?? null,
    warnings: day ? loadWarningsOf(day) : null,
    hrvStatus: a.morningStatus?.hrv ?? UNKNOWN_STATUS,
    restingHrStatus: a.morningStatus?.restingHr ?? UNKNOWN_STATUS,
    lastUploadAt,
    daysSinceUpload: lastUploadDate ? daysBetween(lastUploadDate, today) : null,
    activityCount: a.loadState?.activityCount ?? 0,
    convention: label(a.settings.convention),
    ...planColumns,
  };
}

/** Athletes share a handful of time zones: each zone's date is worked out once per call. */
function memoizedToday(now: Date): (timeZone: string) => string {
  const todays = new Map<string, string>();
  return (zone) => {
    let today = todays.get(zone);
    if (today === undefined) todays.set(zone, (today = dateInTimeZone(zone, now.getTime())));
    return today;
  };
}

/** Most athletes share a convention; its label is built once. */
function memoizedLabel(): (c: PmcConvention) => LabelledPmcConvention {
  const labels = new Map<string, LabelledPmcConvention>();
  return (c) => {
    const key = `${c.smoothing}|${c.formTiming}|${c.ctlDays}|${c.atlDays}`;
    let labelled = labels.get(key);
    if (!labelled) labels.set(key, (labelled = labelPmcConvention(c)));
    return labelled;
  };
}
