import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../src-main/common/contract';
import type { ActivityRecord } from '../../../src-main/common/domain/activity';
import { addActivity } from '../../../src-main/node/services/activities';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

const now = new Date('2026-05-20T08:00:00Z');
let app: TempApp;
beforeEach(() => {
  app = createTempApp({ now });
});
afterEach(() => app.dispose());

/** A gym session: an hour with no sensor data at all, so its load can only come from RPE. */
const gym: ActivityRecord = {
  sport: 'strength',
  subSport: null,
  name: 'Gym',
  startTime: '2026-05-19T17:00:00.000Z',
  utcOffsetMinutes: 0,
  elapsedSeconds: 3600,
  timerSeconds: 3600,
  movingSeconds: 3600,
  distanceMeters: null,
  ascentMeters: null,
  avgHr: null,
  maxHr: null,
  avgPower: null,
  maxPower: null,
  normalizedPower: null,
  avgCadence: null,
  avgSpeed: null,
  maxSpeed: null,
  calories: null,
  rpe: null,
  notes: '',
  laps: [],
  streams: null,
};

describe('activity notes and session RPE', () => {
  it('scores a sensorless session from the RPE the coach enters and feeds the notes to the anomaly rules', async () => {
    const athlete = await createAthlete(app.ctx, { name: 'Ana Ruiz', sports: ['run'] });
    const id = await addActivity(app.ctx.db, athlete, gym, { now });
    const before = await app.handlers['activities.detail']({ id });
    expect(before.activity).toMatchObject({ load: null, loadMethod: 'none', rpe: null, notes: '' });

    const after = await app.handlers['activities.annotate']({
      id,
      rpe: 5,
      notes: 'Knee pain on the squats, right side',
    });
    // Foster's session RPE on the TSS scale: RPE 5 → IF 0.775; 1 h × 0.775² × 100 = 60.1.
    expect(after.activity).toMatchObject({ rpe: 5, notes: 'Knee pain on the squats, right side', loadMethod: 'rpe' });
    expect(after.activity.load).toBeCloseTo(60.1, 1);
    const pmc = await app.handlers['analytics.pmc']({ athleteId: athlete.id, from: '2026-05-19', to: '2026-05-19' });
    expect(pmc.days[0]!.load).toBeCloseTo(60.1, 1);

    const [note] = (await app.handlers['anomalies.list']({ athleteId: athlete.id, state: 'active' })).filter(
      (a) => a.rule === 'injury-note',
    );
    expect(note!.evidence.note).toMatchObject({ ref: `activity:${id}`, location: { bodyPart: 'knee', side: 'right' } });
  });

  it('refuses an RPE outside the CR-10 scale and an empty change', async () => {
    const athlete = await createAthlete(app.ctx, { name: 'Ana Ruiz', sports: ['run'] });
    const id = await addActivity(app.ctx.db, athlete, gym, { now });
    const outOfScale = contract['activities.annotate'].input.safeParse({ id, rpe: 11 });
    expect(outOfScale.error?.issues[0]?.message).toBe('RPE runs from 0 to 10');
    await expect(app.handlers['activities.annotate']({ id })).rejects.toThrow(/Give an RPE or notes/);
    await expect(app.handlers['activities.detail']({ id: id + 1 })).rejects.toThrow(/No activity/);
  });
});
