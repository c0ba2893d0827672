import { describe, expect, it } from 'vitest';
import { changeOf, isStaleAfter, READS } from '../../../../src-renderer/api/data-scope';
import { callKey } from '../../../../src-renderer/api/query-keys';

describe('callKey', () => {
  it('is the call name then its input, an omitted input being the empty one', () => {
    expect(callKey('events.list', { athleteId: 3 })).toEqual(['events.list', { athleteId: 3 }]);
    expect(callKey('app.info')).toEqual(['app.info', {}]);
    expect(callKey('athletes.list', {})).toEqual(callKey('athletes.list'));
  });
});

describe('isStaleAfter: which cached queries a change the server announced makes stale', () => {
  it('refetches a query of the changed athlete that reads the changed kind', () => {
    expect(isStaleAfter({ scope: 'events', athleteId: 3 }, callKey('events.list', { athleteId: 3 }))).toBe(true);
    expect(isStaleAfter({ scope: 'notes', athleteId: 3 }, callKey('notes.list', { athleteId: 3 }))).toBe(true);
  });

  it('leaves another athlete’s queries alone', () => {
    expect(isStaleAfter({ scope: 'events', athleteId: 3 }, callKey('events.list', { athleteId: 4 }))).toBe(false);
    expect(isStaleAfter({ scope: 'athletes', athleteId: 3 }, callKey('athletes.get', { id: 4 }))).toBe(false);
    expect(isStaleAfter({ scope: 'activities', athleteId: 3 }, callKey('analytics.pmc', { athleteId: 4 }))).toBe(false);
  });

  it('leaves queries that do not read the changed kind alone', () => {
    expect(isStaleAfter({ scope: 'notes', athleteId: 3 }, callKey('events.list', { athleteId: 3 }))).toBe(false);
    expect(isStaleAfter({ scope: 'workouts' }, callKey('activities.list', { athleteId: 3 }))).toBe(false);
    expect(isStaleAfter({ scope: 'calls', athleteId: 3 }, callKey('analytics.pmc', { athleteId: 3 }))).toBe(false);
  });

  it('reads an athlete named as the id of athletes.get', () => {
    expect(isStaleAfter({ scope: 'athletes', athleteId: 3 }, callKey('athletes.get', { id: 3 }))).toBe(true);
  });

  it('refetches roster-wide queries, and queries named by another id, after any athlete’s change of their kind', () => {
    expect(isStaleAfter({ scope: 'athletes', athleteId: 3 }, callKey('athletes.list', {}))).toBe(true);
    expect(isStaleAfter({ scope: 'calls', athleteId: 3 }, callKey('analytics.roster', {}))).toBe(true);
    expect(isStaleAfter({ scope: 'plans', athleteId: 3 }, callKey('plans.get', { id: 12 }))).toBe(true);
    expect(isStaleAfter({ scope: 'injuries', athleteId: 3 }, callKey('anomalies.list', { state: 'active' }))).toBe(
      true,
    );
  });

  it('refetches every athlete’s queries of a kind when the change is no one athlete’s', () => {
    expect(isStaleAfter({ scope: 'settings' }, callKey('analytics.pmc', { athleteId: 4 }))).toBe(true);
    expect(isStaleAfter({ scope: 'activities' }, callKey('activities.list', { athleteId: 9 }))).toBe(true);
    expect(isStaleAfter({ scope: 'workouts' }, callKey('workouts.get', { id: 5, athleteId: 9 }))).toBe(true);
  });

  it('treats an athlete change as touching everything of that athlete: thresholds rescore, a time zone redates', () => {
    for (const [method, reads] of Object.entries(READS)) {
      if (method === 'watchFolders.list') expect(reads).not.toContain('athletes');
      else expect(reads, method).toContain('athletes');
    }
  });

  it('treats a query it has no entry for as reading everything', () => {
    expect(isStaleAfter({ scope: 'calls', athleteId: 3 }, ['briefs.pdf', { athleteId: 3 }])).toBe(true);
    expect(isStaleAfter({ scope: 'calls', athleteId: 3 }, ['briefs.pdf', { athleteId: 4 }])).toBe(false);
  });
});

describe('changeOf', () => {
  it('reads data.changed as its change and a detected device as a change to devices; other events change nothing', () => {
    expect(changeOf({ type: 'data.changed', scope: 'notes', athleteId: 3 })).toEqual({ scope: 'notes', athleteId: 3 });
    expect(changeOf({ type: 'data.changed', scope: 'workouts' })).toEqual({ scope: 'workouts' });
    expect(
      changeOf({
        type: 'device.detected',
        prompt: 'Forerunner: 2 new activities',
        device: {
          key: '/media/GARMIN',
          kind: 'usb',
          name: 'Forerunner',
          serial: null,
          activityPath: '/media/GARMIN/Activity',
          fileCount: 2,
          newFileCount: 2,
          athleteId: null,
          athleteName: null,
        },
      }),
    ).toEqual({ scope: 'devices' });
    expect(changeOf({ type: 'action', id: 'go.roster' })).toBeUndefined();
    expect(changeOf({ type: 'job.progress', job: 'demo', done: 1, total: 2, label: 'Ana' })).toBeUndefined();
  });
});
