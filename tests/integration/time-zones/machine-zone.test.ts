import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const probe = join(import.meta.dirname, 'machine-zone-probe.ts');
const MACHINE_ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo'] as const;

/** Runs the probe in a fresh Node process whose own clock zone is `zone` (TZ is read at process start). */
async function probeUnder(zone: string) {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', probe], {
    env: { ...process.env, TZ: zone },
    timeout: 240_000,
  });
  return JSON.parse(stdout) as { machineZone: string; defaultAthleteZone: string } & Record<string, unknown>;
}

describe('days and instants do not depend on the machine’s time zone', () => {
  it('imports the same files to the same UTC instants and days for a Berlin athlete under UTC, Los Angeles and Tokyo', async () => {
    const results = await Promise.all(MACHINE_ZONES.map(probeUnder));
    // Each child really ran in its zone, and a new athlete without a zone gets the machine's.
    expect(results.map((r) => r.machineZone)).toEqual(MACHINE_ZONES);
    expect(results.map((r) => r.defaultAthleteZone)).toEqual(MACHINE_ZONES);

    const outcomes = results.map(({ machineZone: _zone, defaultAthleteZone: _default, ...rest }) => rest);
    expect(outcomes[0]).toEqual({
      imported: 4,
      activities: [
        // own-offset.fit: its file says UTC−7, so 27 June, although Berlin's date is the 28th.
        { startTime: '2011-06-28T04:30:00.000Z', localDate: '2011-06-27' },
        // no-local-time.fit: no offset in the file, so Berlin's date at 22:30Z: the 29th.
        { startTime: '2011-06-28T22:30:00.000Z', localDate: '2011-06-29' },
        // utc.tcx: 22:45Z on the 30th is 00:45 on 1 July in Berlin.
        { startTime: '2011-06-30T22:45:00.000Z', localDate: '2011-07-01' },
        // floating.tcx: "20:29" with no offset is Berlin's 20:29 CEST (machine-dependent before: 20:29Z, 03:29Z or 11:29Z).
        { startTime: '2011-07-02T18:29:00.000Z', localDate: '2011-07-02' },
      ],
      lapStarts: [
        '2011-06-28T04:30:00.000Z',
        '2011-06-28T22:30:00.000Z',
        '2011-06-30T22:45:00.000Z',
        '2011-07-02T18:29:00.000Z',
      ],
      // 22:30Z on 2 July is already the 3rd in Berlin: the athlete's today, and the day new thresholds start.
      berlinToday: '2011-07-03',
      berlinThresholdsFrom: ['2011-07-03'],
    });
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(outcomes[2]).toEqual(outcomes[0]);
  }, 300_000);
});
