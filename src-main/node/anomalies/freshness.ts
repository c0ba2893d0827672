import { dateInTimeZone } from '../../common/domain/time-zone';
import { listAthleteTimeZones } from '../db/repositories/athletes';
import type { ServiceContext } from '../services/context';
import { evaluateAthletes } from './evaluation';

/**
 * When the rules run: after any change to what they read (imports, wellness, notes, events, plans,
 * settings — every such change emits `data.changed`), on the first read of a new day in any athlete's
 * time zone ("no uploads for 7 days" changes with the date alone), and at least every few minutes, because a CLI run may have
 * written to the same database file. Evaluation waits for the next read of anomalies, so a burst of
 * imports costs one evaluation, and a read never shows anomalies older than the data.
 */
const MAX_AGE_MS = 5 * 60_000;
const IGNORED_SCOPES = new Set(['anomalies', 'calls', 'injuries']);

interface Freshness {
  dirty: boolean;
  evaluatedAt: number;
  running: Promise<unknown> | null;
}

const states = new WeakMap<ServiceContext, Freshness>();

function stateOf(ctx: ServiceContext): Freshness {
  let state = states.get(ctx);
  if (!state) {
    const created: Freshness = { dirty: true, evaluatedAt: 0, running: null };
    ctx.events.subscribe((event) => {
      if (event.type === 'data.changed' && !IGNORED_SCOPES.has(event.scope)) created.dirty = true;
    });
    states.set(ctx, (state = created));
  }
  return state;
}

export function markAnomaliesStale(ctx: ServiceContext): void {
  stateOf(ctx).dirty = true;
}

export async function ensureAnomaliesFresh(ctx: ServiceContext): Promise<void> {
  const state = stateOf(ctx);
  if (state.running) await state.running;
  const now = ctx.now().getTime();
  if (!state.dirty && now - state.evaluatedAt < MAX_AGE_MS && !(await newDaySince(ctx, state.evaluatedAt, now))) return;
  state.dirty = false;
  state.running = evaluateAthletes(ctx).finally(() => {
    state.running = null;
  });
  try {
    await state.running;
    state.evaluatedAt = now;
  } catch (error) {
    state.dirty = true;
    throw error;
  }
}

/** Whether a day began, in the zone of some athlete, between two instants. */
async function newDaySince(ctx: ServiceContext, fromMs: number, toMs: number): Promise<boolean> {
  return (await listAthleteTimeZones(ctx.db)).some(
    (zone) => dateInTimeZone(zone, fromMs) !== dateInTimeZone(zone, toMs),
  );
}
