import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coach } from '../../helpers/cli';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coach-cli-'));
  db = join(dir, 'coach.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('coach athletes', () => {
  it('adds an athlete with thresholds and prints it as JSON with its id', async () => {
    const added = await coach(
      'athletes',
      'add',
      '--db',
      db,
      '--name',
      'Ana Ruiz',
      '--sport',
      'run',
      '--sport',
      'bike',
      '--ftp',
      '250',
      '--lthr',
      '171',
      '--threshold-pace',
      '255',
      '--json',
    );
    expect(added.code).toBe(0);
    const athlete = JSON.parse(added.stdout);
    expect(athlete).toMatchObject({
      id: expect.any(Number),
      name: 'Ana Ruiz',
      sports: ['run', 'bike'],
      thresholds: { ftp: 250, lthr: 171, thresholdPace: 255 },
    });

    const listed = await coach('athletes', '--db', db, '--json');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({ id: athlete.id, name: 'Ana Ruiz', sports: ['run', 'bike'] }),
    ]);
  });

  it('exits 2 with a one-line reason for bad usage', async () => {
    const noName = await coach('athletes', 'add', '--db', db, '--json');
    expect(noName).toMatchObject({ code: 2, stderr: 'coach athletes: --name is required' });
    const unknownFlag = await coach('athletes', '--db', db, '--colour');
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stderr).toMatch(/--colour/);
    const badSport = await coach('athletes', 'add', '--db', db, '--name', 'X', '--sport', 'curling');
    expect(badSport.code).toBe(2);
    expect((await coach('juggle')).code).toBe(2);
  });

  it('exits 1 naming the field when a value is out of range', async () => {
    const result = await coach('athletes', 'add', '--db', db, '--name', 'X', '--ftp', '5000', '--json');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^coach athletes: thresholds\.ftp: /);
  });
});
