import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../../../src-main/common/domain/activity';
import { ACTIVITY_METRICS } from '../../../src-main/common/domain/metrics/registry';
import { addActivity } from '../../../src-main/node/services/activities';
import { listActivityMetrics } from '../../../src-main/node/services/activity-metrics-list';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

const now = new Date('2026-05-20T08:00:00Z');
let app: TempApp;
beforeEach(() => {
  app = createTempApp({ now });
});
afterEach(() => app.dispose());

const constant = (value: number, n: number) => new Float64Array(n).fill(value);
const ride: ActivityRecord = {
  sport: 'bike',
  subSport: null,
  name: 'Ride',
  startTime: '2026-05-19T07:00:00.000Z',
  utcOffsetMinutes: 0,
  elapsedSeconds: 3600,
  timerSeconds: 3600,
  movingSeconds: 3600,
  distanceMeters: 30000,
  ascentMeters: 0,
  avgHr: 140,
  maxHr: 150,
  avgPower: 200,
  maxPower: 200,
  normalizedPower: null,
  avgCadence: 90,
  avgSpeed: 8.33,
  maxSpeed: 8.33,
  calories: null,
  rpe: null,
  notes: '',
  laps: [],
  streams: {
    time: Float64Array.from({ length: 3600 }, (_, i) => i),
    power: constant(200, 3600),
    hr: constant(140, 3600),
  },
};

describe('metrics stored before a registry entry existed', () => {
  it('are computed again, with the same load, when the activity is opened', async () => {
    const athlete = await createAthlete(app.ctx, {
      name: 'Ana Ruiz',
      sports: ['bike'],
      thresholds: { ftp: 250 },
      thresholdsFrom: '2026-01-01',
    });
    const id = await addActivity(app.ctx.db, athlete, ride, { now });
    const stored = () =>
      JSON.parse(
        (app.database.sqlite.prepare('SELECT metrics FROM activities WHERE id = ?').get(id) as { metrics: string })
          .metrics,
      );
    const current = stored();
    // As an activity scored before the registry stored efficiency factor and decoupling.
    const { efficiencyFactor: _ef, decouplingPercent: _dc, ...older } = current;
    app.database.sqlite.prepare('UPDATE activities SET metrics = ? WHERE id = ?').run(JSON.stringify(older), id);

    const detail = await app.handlers['activities.detail']({ id });
    expect(detail.metrics).toMatchObject({ np: 200, if: 0.8, tss: 64, efficiencyFactor: 1.429, decouplingPercent: 0 });
    expect(detail.activity.load).toBe(64);
    expect(stored()).toEqual(current);
    expect(Object.keys(detail.metrics).sort()).toEqual(ACTIVITY_METRICS.map((m) => m.id).sort());
  });

  it('are computed again before the activity list reads them', async () => {
    const athlete = await createAthlete(app.ctx, {
      name: 'Ana Ruiz',
      sports: ['bike'],
      thresholds: { ftp: 250 },
      thresholdsFrom: '2026-01-01',
    });
    const id = await addActivity(app.ctx.db, athlete, ride, { now });
    app.database.sqlite.prepare("UPDATE activities SET metrics = json_remove(metrics, '$.tss') WHERE id = ?").run(id);

    const [listed] = await listActivityMetrics(app.ctx, athlete.id, {});
    expect(listed).toMatchObject({ id, load: 64, metrics: { np: 200, tss: 64 } });
  });
});
