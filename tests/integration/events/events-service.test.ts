import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/node/api/dispatch';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

const TODAY = '2027-01-10';
let app: TempApp;
let athleteId: number;
beforeEach(async () => {
  app = createTempApp({ now: new Date(`${TODAY}T08:00:00Z`) });
  athleteId = (await createAthlete(app.ctx, { name: 'Ana Ruiz', sports: ['run'] })).id;
});
afterEach(() => app.dispose());

describe('athlete events with race details', () => {
  it('stores a race with its priority and race type, and lists them on every event (null on other kinds)', async () => {
    const goal = await dispatch(app.handlers, 'events.create', {
      athleteId,
      kind: 'race',
      startDate: '2027-04-18',
      title: 'Harbour City Marathon',
      priority: 'A',
      raceType: 'marathon',
    });
    expect(goal).toMatchObject({
      ok: true,
      value: { kind: 'race', title: 'Harbour City Marathon', priority: 'A', raceType: 'marathon' },
    });
    await dispatch(app.handlers, 'events.create', {
      athleteId,
      kind: 'travel',
      startDate: '2027-02-01',
      endDate: '2027-02-05',
      title: 'Flight to Tokyo',
    });

    const listed = await dispatch(app.handlers, 'events.list', { athleteId });
    expect(listed).toMatchObject({
      ok: true,
      value: [
        { title: 'Harbour City Marathon', priority: 'A', raceType: 'marathon' },
        { title: 'Flight to Tokyo', kind: 'travel', priority: null, raceType: null },
      ],
    });
  });

  it('makes a race without a priority a B race, reads an omitted race type from the title, and keeps an explicit unknown', async () => {
    const half = await app.handlers['events.create']({
      athleteId,
      kind: 'race',
      startDate: '2027-03-21',
      title: 'Riverside Half',
    });
    expect(half).toMatchObject({ priority: 'B', raceType: 'half-marathon' });
    const unknown = await app.handlers['events.create']({
      athleteId,
      kind: 'race',
      startDate: '2027-05-02',
      title: 'Riverside Half',
      raceType: null,
      priority: 'C',
    });
    expect(unknown).toMatchObject({ priority: 'C', raceType: null });
    const unnamed = await app.handlers['events.create']({
      athleteId,
      kind: 'race',
      startDate: '2027-06-06',
      title: 'Park 5K',
    });
    expect(unnamed).toMatchObject({ priority: 'B', raceType: null });
  });

  it('refuses a priority or race type on an event that is not a race, and values outside the lists, naming the field', async () => {
    const travelWithPriority = await dispatch(app.handlers, 'events.create', {
      athleteId,
      kind: 'travel',
      startDate: '2027-02-01',
      title: 'Flight',
      priority: 'A',
    });
    expect(travelWithPriority).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'priority',
        message: 'priority: only a race has a priority; this event is travel',
      },
    });
    const illnessWithType = await dispatch(app.handlers, 'events.create', {
      athleteId,
      kind: 'illness',
      startDate: '2027-02-01',
      title: 'Flu',
      raceType: '10k',
    });
    expect(illnessWithType).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'raceType', message: expect.stringContaining('only a race has a race type') },
    });
    const badPriority = await dispatch(app.handlers, 'events.create', {
      athleteId,
      kind: 'race',
      startDate: '2027-02-01',
      title: 'Club 10K',
      priority: 'D',
    });
    expect(badPriority).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'priority' } });
    const badType = await dispatch(app.handlers, 'events.create', {
      athleteId,
      kind: 'race',
      startDate: '2027-02-01',
      title: 'Club 10K',
      raceType: '5k',
    });
    expect(badType).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'raceType' } });
    expect(await app.handlers['events.list']({ athleteId })).toEqual([]);
  });

  it('updates an event in full with the same rules: the priority of a race changes, a race turned into travel loses its details', async () => {
    const half = await app.handlers['events.create']({
      athleteId,
      kind: 'race',
      startDate: '2027-03-21',
      title: 'Riverside Half',
    });
    const promoted = await dispatch(app.handlers, 'events.update', {
      id: half.id,
      kind: 'race',
      startDate: '2027-03-28',
      title: 'Riverside Half',
      body: 'Moved a week',
      priority: 'A',
      raceType: 'half-marathon',
    });
    expect(promoted).toEqual({
      ok: true,
      value: { ...half, startDate: '2027-03-28', body: 'Moved a week', priority: 'A', raceType: 'half-marathon' },
    });
    const defaults = await app.handlers['events.update']({
      id: half.id,
      kind: 'race',
      startDate: '2027-03-28',
      title: 'Harbour 10K',
    });
    expect(defaults).toMatchObject({ priority: 'B', raceType: '10k', body: '' });

    const refused = await dispatch(app.handlers, 'events.update', {
      id: half.id,
      kind: 'travel',
      startDate: '2027-03-28',
      title: 'Trip',
      priority: 'A',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'priority' } });
    const travel = await app.handlers['events.update']({
      id: half.id,
      kind: 'travel',
      startDate: '2027-03-28',
      endDate: '2027-03-30',
      title: 'Trip',
    });
    expect(travel).toMatchObject({ kind: 'travel', endDate: '2027-03-30', priority: null, raceType: null });

    const backwards = await dispatch(app.handlers, 'events.update', {
      id: half.id,
      kind: 'travel',
      startDate: '2027-03-28',
      endDate: '2027-03-01',
      title: 'Trip',
    });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'endDate' } });
    const missing = await dispatch(app.handlers, 'events.update', {
      id: 9999,
      kind: 'race',
      startDate: '2027-03-28',
      title: 'Riverside Half',
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'id' } });
    const moved = await dispatch(app.handlers, 'events.update', {
      id: half.id,
      athleteId,
      kind: 'race',
      startDate: '2027-03-28',
      title: 'Riverside Half',
    });
    expect(moved).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('names the next race with its priority in the call brief and its draft agenda', async () => {
    await app.handlers['events.create']({
      athleteId,
      kind: 'race',
      startDate: '2027-03-21',
      title: 'Riverside Half',
      priority: 'B',
    });
    await app.handlers['events.create']({
      athleteId,
      kind: 'race',
      startDate: '2027-04-18',
      title: 'Harbour City Marathon',
      priority: 'A',
    });
    const brief = await app.handlers['briefs.get']({ athleteId });
    expect(brief.races).toEqual([
      { date: '2027-03-21', name: 'Riverside Half', priority: 'B' },
      { date: '2027-04-18', name: 'Harbour City Marathon', priority: 'A' },
    ]);
    expect(brief.agenda).toContain('- Next race: Riverside Half (B race) on 21 Mar 2027');
  });
});
