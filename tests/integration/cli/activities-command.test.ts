import { copyFileSync, existsSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coach } from '../../helpers/cli';
import { fixturePath, fixturesSkipReason } from '../../helpers/fixtures';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coach-cli-'));
  db = join(dir, 'coach.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const antfsDump = fixturePath('activities', 'fitparse__antfs-dump.63.fit');
const haveFixture = existsSync(antfsDump);

describe.skipIf(!haveFixture)(
  `coach activities set-date${haveFixture ? '' : ` (skipped: ${fixturesSkipReason})`}`,
  () => {
    it('gives a Forerunner run recorded with an unset clock its real start, in the athlete’s zone', async () => {
      // As a watch with an unset clock leaves it on its FAT volume: modified 1980-01-01, which dates nothing.
      const file = join(dir, 'antfs-dump.63.fit');
      copyFileSync(antfsDump, file);
      const fat = new Date('1980-01-01T00:00:00Z');
      utimesSync(file, fat, fat);
      const athlete = JSON.parse(
        (
          await coach(
            'athletes',
            'add',
            '--db',
            db,
            '--name',
            'Old Watch',
            '--sport',
            'run',
            '--tz',
            'America/Denver',
            '--json',
          )
        ).stdout,
      );
      const imported = JSON.parse(
        (await coach('import', file, '--athlete', String(athlete.id), '--db', db, '--json')).stdout,
      );
      expect(imported.files[0].reason).toMatch(/date unknown: .*filed at 1990-07-09/);
      const id = String(imported.files[0].activityIds[0]);
      // Undated, it is in no PMC row.
      expect(
        JSON.parse((await coach('pmc', '--db', db, '--athlete', String(athlete.id), '--json')).stdout).days ?? [],
      ).not.toContainEqual(expect.objectContaining({ date: '1990-07-09' }));

      const set = await coach(
        'activities',
        'set-date',
        '--db',
        db,
        '--activity',
        id,
        '--start',
        '2012-02-13T07:30',
        '--json',
      );

      expect(set).toMatchObject({ code: 0, stderr: '' });
      const activity = JSON.parse(set.stdout);
      // Denver is UTC−7 in February.
      expect(activity).toMatchObject({
        startTime: '2012-02-13T14:30:00.000Z',
        localDate: '2012-02-13',
        warnings: [{ kind: 'date-set-by-coach', previousStartTime: expect.stringMatching(/^1990-07-09T/) }],
      });
      const pmc = JSON.parse(
        (
          await coach(
            'pmc',
            '--db',
            db,
            '--athlete',
            String(athlete.id),
            '--from',
            '2012-02-12',
            '--to',
            '2012-02-14',
            '--json',
          )
        ).stdout,
      );
      expect(pmc.days.map((d: { date: string }) => d.date)).toEqual(['2012-02-13', '2012-02-14']);

      const text = await coach('activities', 'set-date', '--db', db, '--activity', id, '--start', '2012-02-13T06:45');
      expect(text.stdout).toMatch(
        /^Activity \d+ ".*" now starts 13 Feb 2012, 06:45 \(America\/Denver\), day 2012-02-13\. Date set by the coach on /,
      );
    });
  },
);

describe('coach activities set-date, bad input', () => {
  it('exits 2 for bad usage and 1 naming the field when the activity cannot be dated', async () => {
    expect(await coach('activities', 'set-date', '--db', db, '--activity', '1')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--start is required'),
    });
    expect(
      await coach('activities', 'set-date', '--db', db, '--activity', '1', '--start', '2012-02-13 07:30'),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('localStart: Give a date and time as YYYY-MM-DDTHH:MM'),
    });
    expect(
      await coach('activities', 'set-date', '--db', db, '--activity', '99', '--start', '2012-02-13T07:30'),
    ).toMatchObject({ code: 1, stderr: expect.stringContaining('No activity') });
  });
});
