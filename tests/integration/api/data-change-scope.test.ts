import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallOutput, DataChange, Method, PushEvent } from '../../../src-main/common/contract';
import { dispatch } from '../../../src-main/node/api/dispatch';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

/**
 * The UI refetches only what a change touches (src-renderer/api/data-scope.ts), so every write must
 * say whose data it changed: an edit of one athlete's data names that athlete.
 */
let app: TempApp;
let changes: DataChange[] = [];
let ana: number;
let ben: number;

async function call<M extends Method>(method: M, input: unknown): Promise<CallOutput<M>> {
  const result = await dispatch(app.handlers, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as CallOutput<M>;
}

/** The changes announced while `write` ran. */
async function announcedBy(write: () => Promise<unknown>): Promise<DataChange[]> {
  changes = [];
  await write();
  return changes;
}

beforeEach(async () => {
  app = createTempApp({ now: new Date('2026-05-20T12:00:00Z') });
  app.ctx.events.subscribe((e: PushEvent) => {
    if (e.type === 'data.changed')
      changes.push(e.athleteId === undefined ? { scope: e.scope } : { scope: e.scope, athleteId: e.athleteId });
  });
  ana = (await call('athletes.create', { name: 'Ana Ruiz', sports: ['run'] })).id;
  ben = (await call('athletes.create', { name: 'Ben Okafor', sports: ['bike'] })).id;
});
afterEach(() => app.dispose());

describe('data.changed names the athlete whose data a write changed', () => {
  it('for athlete records, thresholds and per-athlete settings', async () => {
    expect(await announcedBy(() => call('athletes.update', { id: ben, patch: { notes: 'Prefers mornings' } }))).toEqual(
      [{ scope: 'athletes', athleteId: ben }],
    );
    expect(
      await announcedBy(() =>
        call('thresholds.set', { athleteId: ana, metric: 'ftp', value: 250, validFrom: '2026-05-01' }),
      ),
    ).toEqual([{ scope: 'athletes', athleteId: ana }]);
    expect(await announcedBy(() => call('athletes.setArchived', { id: ben, archived: true }))).toEqual([
      { scope: 'athletes', athleteId: ben },
    ]);
    expect(await announcedBy(() => call('analytics.settings.update', { athleteId: ana, ctlDays: 42 }))).toEqual([
      { scope: 'settings', athleteId: ana },
    ]);
    expect(
      await announcedBy(() =>
        call('anomalies.settings.update', { athleteId: ben, patch: { hrvSuppressed: { enabled: false } } }),
      ),
    ).toEqual([{ scope: 'settings', athleteId: ben }]);
    expect(
      await announcedBy(() =>
        call('exports.savePreferences', { athleteId: ana, workoutFormats: ['zwo'], poolLengthMeters: 25 }),
      ),
    ).toEqual([{ scope: 'settings', athleteId: ana }]);
  });

  it('for events, notes, injuries and call briefs', async () => {
    const created = await announcedBy(() =>
      call('events.create', { athleteId: ana, kind: 'travel', startDate: '2026-05-22', title: 'Flight' }),
    );
    expect(created).toEqual([{ scope: 'events', athleteId: ana }]);
    const [event] = await call('events.list', { athleteId: ana });
    expect(
      await announcedBy(() =>
        call('events.update', { id: event!.id, kind: 'travel', startDate: '2026-05-23', title: 'Flight' }),
      ),
    ).toEqual([{ scope: 'events', athleteId: ana }]);
    expect(
      await announcedBy(() => call('notes.add', { athleteId: ben, date: '2026-05-20', text: 'Knee a bit sore' })),
    ).toEqual([{ scope: 'notes', athleteId: ben }]);
    let injury = 0;
    expect(
      await announcedBy(async () => {
        injury = (
          await call('injuries.create', {
            athleteId: ben,
            bodyPart: 'knee',
            startedOn: '2026-05-20',
            severity: 3,
            status: 'active',
          })
        ).id;
      }),
    ).toEqual([{ scope: 'injuries', athleteId: ben }]);
    expect(
      await announcedBy(() =>
        call('injuries.update', { id: injury, date: '2026-05-21', severity: 2, status: 'monitoring' }),
      ),
    ).toEqual([{ scope: 'injuries', athleteId: ben }]);
    expect(await announcedBy(() => call('briefs.saveAgenda', { athleteId: ana, agenda: 'Race plan' }))).toEqual([
      { scope: 'calls', athleteId: ana },
    ]);
    expect(await announcedBy(() => call('briefs.setCadence', { athleteId: ana, cadenceDays: 14 }))).toEqual([
      { scope: 'calls', athleteId: ana },
    ]);
    expect(await announcedBy(() => call('briefs.markHeld', { athleteId: ana, date: '2026-05-20' }))).toEqual([
      { scope: 'calls', athleteId: ana },
    ]);
  });

  it('and leaves it out for changes that are no one athlete’s', async () => {
    expect(
      await announcedBy(() =>
        call('anomalies.settings.update', { athleteId: null, patch: { hrvSuppressed: { consecutiveDays: 4 } } }),
      ),
    ).toEqual([{ scope: 'settings' }]);
    expect(await announcedBy(() => call('settings.update', { units: 'imperial' }))).toEqual([{ scope: 'settings' }]);
  });
});
