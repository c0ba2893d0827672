import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coach } from '../../helpers/cli';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coach-cli-export-'));
  db = join(dir, 'coach.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function sundayInWeeks(weeks: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + weeks * 7 + ((7 - date.getUTCDay()) % 7));
  return date.toISOString().slice(0, 10);
}

async function cyclistPlan(): Promise<{ id: number; days: { workouts: { sport: string }[] }[] }> {
  const athlete = JSON.parse(
    (await coach('athletes', 'add', '--db', db, '--name', 'Ben Ode', '--sport', 'bike', '--ftp', '280', '--json'))
      .stdout,
  );
  const created = await coach(
    'plan',
    'create',
    '--db',
    db,
    '--athlete',
    String(athlete.id),
    '--race-date',
    sundayInWeeks(10),
    '--race-type',
    'gran-fondo',
    '--weeks',
    '8',
    '--json',
  );
  expect(created.code).toBe(0);
  return JSON.parse(created.stdout);
}

describe('coach export', () => {
  it('writes the plan as a calendar, CSV, PDF and bundle', async () => {
    const plan = await cyclistPlan();
    for (const format of ['ics', 'csv', 'pdf', 'zip']) {
      const out = join(dir, 'out', `plan.${format}`);
      const result = await coach(
        'export',
        'plan',
        String(plan.id),
        '--db',
        db,
        '--format',
        format,
        '--out',
        out,
        '--json',
      );
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ out, bytes: readFileSync(out).byteLength });
    }
    expect(readFileSync(join(dir, 'out', 'plan.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(
      readFileSync(join(dir, 'out', 'plan.pdf'))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('writes one ZWO per bike or run session into a folder', async () => {
    const plan = await cyclistPlan();
    const out = join(dir, 'zwo');
    const result = await coach('export', 'workouts', String(plan.id), '--db', db, '--format', 'zwo', '--out', out);
    expect(result.code).toBe(0);
    const sessions = plan.days.flatMap((d) => d.workouts).filter((w) => w.sport === 'bike' || w.sport === 'run');
    const files = readdirSync(out);
    expect(files).toHaveLength(sessions.length);
    for (const file of files) {
      expect(file).toMatch(/^\d{4}-\d{2}-\d{2} .+\.zwo$/);
      const doc = new XMLParser().parse(readFileSync(join(out, file), 'utf8')) as {
        workout_file: { workout: unknown };
      };
      expect(doc.workout_file.workout).toBeDefined();
    }
    expect(result.stdout).toContain(`Wrote ${files.length} ZWO files to ${out}`);
  });

  it('answers bad usage with exit code 2 and a one-line reason', async () => {
    expect(await coach('export', 'plan', '1', '--db', db, '--format', 'docx', '--out', 'x')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('(ics|csv|pdf|zip)'),
    });
    expect(await coach('export', 'workouts', '1', '--db', db, '--format', 'gpx', '--out', 'x')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('fit|zwo|erg|mrc|txt|html'),
    });
    expect(await coach('export', 'plan', '--db', db)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('needs one plan id'),
    });
    expect(await coach('export', 'calendar')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('export needs "plan" or "workouts"'),
    });
    expect(
      await coach('export', 'plan', '99', '--db', db, '--format', 'ics', '--out', join(dir, 'x.ics')),
    ).toMatchObject({ code: 1, stderr: expect.stringContaining('No plan with id 99') });
  });
});
