import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coach } from '../../helpers/cli';

let dir: string;
let db: string;
let athlete: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coach-cli-events-'));
  db = join(dir, 'coach.db');
  athlete = String(
    JSON.parse((await coach('athletes', 'add', '--db', db, '--name', 'Ana Ruiz', '--sport', 'run', '--json')).stdout)
      .id,
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const addEvent = (...args: string[]) => coach('events', 'add', '--db', db, '--athlete', athlete, ...args);

describe('coach events add', () => {
  it('adds a race with its priority and the race type its name says, and prints both with --json', async () => {
    const half = await addEvent(
      '--kind',
      'race',
      '--priority',
      'A',
      '--name',
      'Riverside Half',
      '--from',
      '2027-03-21',
      '--json',
    );
    expect(half).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(half.stdout)).toEqual({
      id: expect.any(Number),
      athleteId: Number(athlete),
      kind: 'race',
      startDate: '2027-03-21',
      endDate: null,
      title: 'Riverside Half',
      body: '',
      priority: 'A',
      raceType: 'half-marathon',
    });

    const given = await addEvent(
      '--kind',
      'race',
      '--priority',
      'c',
      '--title',
      'Club Champs',
      '--race-type',
      '10k',
      '--from',
      '2027-05-02',
      '--json',
    );
    expect(JSON.parse(given.stdout)).toMatchObject({ title: 'Club Champs', priority: 'C', raceType: '10k' });

    const plain = await addEvent('--kind', 'race', '--name', 'Harbour City Marathon', '--from', '2027-04-18');
    expect(plain).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Event \d+ \(race, B race, marathon\) added for athlete \d+ from 2027-04-18$/),
    });

    const travel = await addEvent('--kind', 'travel', '--from', '2027-02-01', '--note', 'Flight to Tokyo', '--json');
    expect(JSON.parse(travel.stdout)).toMatchObject({
      kind: 'travel',
      title: 'Flight to Tokyo',
      priority: null,
      raceType: null,
    });
  });

  it('refuses race details on other kinds, unknown values and a name given twice, with exit status 2', async () => {
    const travelPriority = await addEvent('--kind', 'travel', '--priority', 'A', '--from', '2027-02-01');
    expect(travelPriority.code).toBe(2);
    expect(travelPriority.stderr).toBe('coach events: priority: only a race has a priority; this event is travel');
    const illnessType = await addEvent('--kind', 'illness', '--race-type', 'marathon', '--from', '2027-02-01');
    expect(illnessType.code).toBe(2);
    expect(illnessType.stderr).toMatch(/raceType: only a race has a race type/);
    const badPriority = await addEvent(
      '--kind',
      'race',
      '--priority',
      'D',
      '--name',
      'Club 10K',
      '--from',
      '2027-02-01',
    );
    expect(badPriority.code).toBe(2);
    expect(badPriority.stderr).toMatch(/^coach events: priority: /);
    const badType = await addEvent(
      '--kind',
      'race',
      '--race-type',
      'ultra',
      '--name',
      'Club 10K',
      '--from',
      '2027-02-01',
    );
    expect(badType.code).toBe(2);
    expect(badType.stderr).toMatch(/raceType: .*half-marathon/);
    const both = await addEvent('--kind', 'race', '--name', 'A', '--title', 'B', '--from', '2027-02-01');
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--name or --title/);
  });
});
