import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/node/api/dispatch';
import { coach } from '../../helpers/cli';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

let app: TempApp;
let athleteId: number;
beforeEach(async () => {
  app = createTempApp({ now: new Date('2026-03-10T08:00:00Z') });
  const created = await dispatch(app.handlers, 'athletes.create', {
    name: 'Ana Ruiz',
    sports: ['run'],
    thresholds: { lthr: 172 },
  });
  athleteId = (created as { value: { id: number } }).value.id;
});
afterEach(() => app.dispose());

const outOfRange = (field: string, date: string) => ({
  ok: false,
  error: {
    code: 'VALIDATION',
    field,
    message: expect.stringMatching(
      new RegExp(`^${field}: must be a date from 1980-01-01 to \\d{4}-12-31, got ${date}$`),
    ),
  },
});

describe('dates outside the accepted range', () => {
  it('are refused before any work, naming the field, so no seed or plan spans millennia', async () => {
    const seed = await dispatch(app.handlers, 'analytics.settings.update', {
      athleteId,
      seed: { date: '0000-01-01', ctl: 40, atl: 40 },
    });
    expect(seed).toEqual(outOfRange('seed.date', '0000-01-01'));
    const plan = await dispatch(app.handlers, 'plans.create', {
      athleteId,
      raceDate: '5000-01-01',
      raceType: 'marathon',
    });
    expect(plan).toEqual(outOfRange('raceDate', '5000-01-01'));
    const farPlan = await dispatch(app.handlers, 'plans.create', {
      athleteId,
      raceDate: '9999-12-31',
      raceType: 'marathon',
    });
    expect(farPlan).toEqual(outOfRange('raceDate', '9999-12-31'));
    const event = await dispatch(app.handlers, 'events.create', {
      athleteId,
      kind: 'race',
      startDate: '2027-03-21',
      endDate: '9999-12-31',
      title: 'Forever race',
    });
    expect(event).toEqual(outOfRange('endDate', '9999-12-31'));
    const settings = await dispatch(app.handlers, 'analytics.settings.get', { athleteId });
    expect(settings).toMatchObject({ ok: true, value: { seed: null } });
  });

  it('are refused by the command line paths that read dates themselves, with exit status 2', async () => {
    const db = join(app.dir, 'cli.db');
    expect(await coach('pmc', '--db', db, '--athlete', '1', '--from', '0000-01-01')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /^coach pmc: --from must be a date from 1980-01-01 to \d{4}-12-31, got 0000-01-01$/,
      ),
    });
    expect(
      await coach('export', 'workouts', '1', '--db', db, '--format', 'zwo', '--out', app.dir, '--to', '9999-12-31'),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /^coach export: --to must be a date from 1980-01-01 to \d{4}-12-31, got 9999-12-31$/,
      ),
    });
    expect(
      await coach(
        'plan',
        'create',
        '--db',
        db,
        '--athlete',
        '1',
        '--race-date',
        '5000-01-01',
        '--race-type',
        'marathon',
      ),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /^coach plan: raceDate: must be a date from 1980-01-01 to \d{4}-12-31, got 5000-01-01$/,
      ),
    });
  });
});
