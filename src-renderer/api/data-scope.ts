import type { DataChange, DataKind, PushEvent } from '../../src-main/common/contract';
import type { CallKey } from './query-keys';

/**
 * Everything known about one athlete. An athlete's own record is in every list, because changing it
 * reaches the rest: new thresholds rescore their activities, a new time zone redates them, deletion
 * removes it all (docs/domain.md#load).
 */
const ATHLETE_DATA: readonly DataKind[] = [
  'athletes',
  'activities',
  'wellness',
  'events',
  'settings',
  'plans',
  'anomalies',
  'notes',
  'injuries',
  'calls',
];

/**
 * The kinds of data each query reads. A query the UI caches must be listed: a change the server
 * announces (`data.changed`) refetches only the queries that read its kind. Anomalies, briefs, the
 * roster and plan views are computed from nearly all of an athlete's data, so they read all of it.
 */
export const READS = {
  'app.info': ['athletes', 'settings'],
  'athletes.list': ['athletes', 'activities'],
  'athletes.get': ['athletes', 'activities'],
  'activities.list': ['athletes', 'activities'],
  'activities.detail': ['athletes', 'activities'],
  'events.list': ['athletes', 'events'],
  'notes.list': ['athletes', 'notes'],
  'injuries.list': ['athletes', 'injuries'],
  'analytics.roster': ATHLETE_DATA,
  'analytics.pmc': ['athletes', 'activities', 'wellness', 'settings'],
  'analytics.settings.get': ['athletes', 'settings'],
  'analytics.wellness': ['athletes', 'activities', 'wellness', 'settings'],
  'analytics.weekly': ['athletes', 'activities', 'plans', 'settings'],
  'analytics.curves': ['athletes', 'activities'],
  'anomalies.list': ATHLETE_DATA,
  'anomalies.get': [...ATHLETE_DATA, 'workouts'],
  'anomalies.settings.get': ['athletes', 'settings'],
  'briefs.get': ATHLETE_DATA,
  'plans.list': ['athletes', 'plans'],
  'plans.get': [...ATHLETE_DATA, 'workouts'],
  'plans.plannedFuture': ['athletes', 'plans'],
  'plans.defaults': ['athletes', 'activities', 'wellness', 'events', 'plans', 'settings'],
  'workouts.list': ['athletes', 'workouts'],
  'workouts.get': ['athletes', 'workouts'],
  'exports.preferences': ['athletes', 'settings'],
  'watchFolders.list': ['devices'],
  'devices.detected': ['athletes', 'activities', 'devices', 'imports'],
  'imports.queue.list': ['athletes', 'activities', 'devices', 'imports'],
} as const satisfies Partial<Record<CallKey[0], readonly DataKind[]>>;

export type QueryMethod = keyof typeof READS;

/**
 * The change a push event stands for: `data.changed` says it; a device plugged in (or a file landing in
 * a watch folder) changes what the detected devices hold without writing anything.
 */
export function changeOf(event: PushEvent): DataChange | undefined {
  if (event.type === 'data.changed')
    return event.athleteId === undefined ? { scope: event.scope } : { scope: event.scope, athleteId: event.athleteId };
  if (event.type === 'device.detected') return { scope: 'devices' };
  return undefined;
}

/** The athlete a query is about, if its input names one; `athletes.get` names it as `id`. */
function athleteOf(method: string, input: Record<string, unknown>): number | undefined {
  const athlete = method === 'athletes.get' ? input.id : input.athleteId;
  return typeof athlete === 'number' ? athlete : undefined;
}

/**
 * Whether a change makes a cached query stale: the query reads the changed kind, and it is about the
 * changed athlete, or about no one athlete (a roster-wide list), or the change is not one athlete's.
 * A query not in READS is treated as reading everything, so nothing is left stale by omission.
 */
export function isStaleAfter(change: DataChange, key: readonly unknown[]): boolean {
  const [method, input] = key as unknown as CallKey;
  const reads: readonly DataKind[] | undefined = (READS as Partial<Record<string, readonly DataKind[]>>)[method];
  if (reads && !reads.includes(change.scope)) return false;
  if (change.athleteId === undefined) return true;
  const athlete = athleteOf(method, input ?? {});
  return athlete === undefined || athlete === change.athleteId;
}
