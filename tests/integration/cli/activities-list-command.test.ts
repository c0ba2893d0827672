import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activitiesCsvHeader } from '../../../src-main/common/domain/export/activities-csv';
import { ACTIVITY_METRICS } from '../../../src-main/common/domain/metrics/registry';
import { createCoachApp } from '../../../src-main/node/app';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { coach } from '../../helpers/cli';
import { writeFitActivity } from '../../helpers/fit-writer';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coach-cli-'));
  db = join(dir, 'coach.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('coach activities list', () => {
  it('lists each activity with every registry metric, as lines, JSON and CSV', async () => {
    // Thresholds valid before the ride, which the command line can only date today.
    const app = createCoachApp(db);
    const athlete = await createAthlete(app.ctx, {
      name: 'Ana Ruiz',
      sports: ['bike'],
      thresholds: { ftp: 250, lthr: 160 },
      thresholdsFrom: '2024-01-01',
    });
    await app.close();
    const file = join(dir, 'ride.fit');
    writeFileSync(file, writeFitActivity({ sport: 'bike', durationSeconds: 1800, seed: 4 }));
    expect((await coach('import', file, '--athlete', String(athlete.id), '--db', db, '--json')).code).toBe(0);

    const json = await coach('activities', 'list', '--db', db, '--athlete', String(athlete.id), '--json');
    expect(json).toMatchObject({ code: 0, stderr: '' });
    const [ride] = JSON.parse(json.stdout);
    expect(Object.keys(ride.metrics).sort()).toEqual(ACTIVITY_METRICS.map((m) => m.id).sort());
    expect(ride).toMatchObject({ localDate: '2024-05-01', sport: 'bike', timerSeconds: 1800, load: ride.metrics.tss });
    expect(ride.metrics.tss).toBeCloseTo(0.5 * (ride.metrics.np / 250) ** 2 * 100, 0);

    const text = await coach('activities', 'list', '--db', db, '--athlete', String(athlete.id));
    const [line, metrics] = text.stdout.split('\n');
    expect(line).toMatch(new RegExp(`^${ride.id}  2024-05-01  bike\\s+30:00  load \\d+  `));
    expect(metrics).toMatch(/^ {2}Normalized Power \d+ W · Intensity factor \d\.\d\d · TSS \(power\) \d+\.\d/);

    const csv = (await coach('activities', 'list', '--db', db, '--athlete', String(athlete.id), '--csv')).stdout;
    const [header, row] = csv.replace(/^\ufeff/, '').split('\r\n');
    expect(header).toBe(activitiesCsvHeader().join(','));
    const cells = row!.split(',');
    expect(cells.slice(0, 2)).toEqual([String(ride.id), '2024-05-01']);
    expect(cells[activitiesCsvHeader().indexOf('Normalized Power (W)')]).toBe(String(ride.metrics.np));
    expect(cells[activitiesCsvHeader().indexOf('Aerobic decoupling (%)')]).toBe(
      ride.metrics.decouplingPercent === null ? '' : String(ride.metrics.decouplingPercent),
    );
  });

  it('refuses a listing without an athlete, or as JSON and CSV at once', async () => {
    expect(await coach('activities', 'list', '--db', db)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--athlete is required'),
    });
    expect(await coach('activities', 'list', '--db', db, '--athlete', '1', '--json', '--csv')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not both'),
    });
  });
});
