import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAthlete, setThreshold } from '../../../src-main/node/services/athletes';
import { listActivities } from '../../../src-main/node/services/activities';
import { importPaths } from '../../../src-main/node/services/imports';
import { writeFitActivity } from '../../helpers/fit-writer';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

let app: TempApp;
beforeEach(() => {
  app = createTempApp({ now: new Date('2024-06-01T12:00:00Z') });
});
afterEach(() => app.dispose());

const start = new Date(Date.UTC(2024, 4, 1, 6, 0, 0));
const athlete = () =>
  createAthlete(app.ctx, {
    name: 'Ana Ruiz',
    sports: ['bike'],
    thresholds: { ftp: 250 },
    thresholdsFrom: '2024-01-01',
  });

async function importFit(name: string, bytes: Uint8Array, athleteId: number) {
  const path = join(app.dir, name);
  writeFileSync(path, bytes);
  return importPaths(app.ctx, [path], { athleteId });
}

describe('importing physically impossible samples', () => {
  it('scores a 1 h ride with 5 s at 65 534 W from its real samples, and says what it left out', async () => {
    const ana = await athlete();
    const spikes = Object.fromEntries([1800, 1801, 1802, 1803, 1804].map((t) => [t, 65_534]));
    const report = await importFit(
      'spiked.fit',
      writeFitActivity({ sport: 'bike', durationSeconds: 3600, start, powerAt: spikes }),
      ana.id,
    );

    expect(report.summary).toMatchObject({ imported: 1, failed: 0 });
    const excluded = "5 power samples above 3000 W excluded and the file's own power figure above 3000 W ignored";
    expect(report.files[0]!.reason).toContain(excluded);
    const [ride] = await listActivities(app.ctx, ana.id, {});
    // About 200–250 W for an hour against FTP 250: a TSS near 70–90, not 17 161.
    expect(ride!.load).toBeGreaterThan(50);
    expect(ride!.load).toBeLessThan(120);
    expect(ride!.loadExplanation).toMatch(/^TSS \d+(\.\d)? from power: NP \d{3}(\.\d)? W, IF 0\.\d\d, FTP 250 W set /);
    expect(ride!.loadExplanation).toContain(excluded);
    expect(ride!.avgPower).toBeLessThan(300);

    // A new FTP rescores the ride from the stored streams; the sentence still says what was left out.
    await setThreshold(app.ctx, ana.id, 'ftp', 260, '2024-04-01');
    const [rescored] = await listActivities(app.ctx, ana.id, {});
    expect(rescored!.loadExplanation).toContain('FTP 260 W');
    expect(rescored!.loadExplanation).toContain(excluded);
  });

  it('keeps a real 2000 W sprint', async () => {
    const ana = await athlete();
    const sprint = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [600 + i, 2000]));
    const report = await importFit(
      'sprint.fit',
      writeFitActivity({ sport: 'bike', durationSeconds: 1200, start, powerAt: sprint }),
      ana.id,
    );
    expect(report.files[0]!.reason).toBe('1 bike activity for Ana Ruiz');
    const [ride] = await listActivities(app.ctx, ana.id, {});
    expect(ride!.loadExplanation).not.toContain('excluded');
  });

  it('refuses a ride claiming to last 30 days, saying why, and stores nothing', async () => {
    const ana = await athlete();
    const report = await importFit(
      'month.fit',
      writeFitActivity({ sport: 'bike', durationSeconds: 600, start, statedDurationSeconds: 30 * 86_400 }),
      ana.id,
    );
    expect(report.summary).toMatchObject({ imported: 0, failed: 1 });
    expect(report.files[0]!.reason).toContain(
      'the activity claims to last 30 days, longer than any single activity (7 days): its times are broken',
    );
    expect(await listActivities(app.ctx, ana.id, {})).toEqual([]);
  });
});
