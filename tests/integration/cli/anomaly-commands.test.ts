import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coach } from '../../helpers/cli';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coach-cli-anomalies-'));
  db = join(dir, 'coach.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const today = () => new Date().toISOString().slice(0, 10);

describe('coach notes, events, anomalies and brief', () => {
  it('adds a note and an event, lists the anomaly the note raises with the field names scripts use, and writes a brief PDF', async () => {
    const athlete = JSON.parse(
      (await coach('athletes', 'add', '--db', db, '--name', 'Ana Ruiz', '--sport', 'run', '--json')).stdout,
    );
    const id = String(athlete.id);

    const note = await coach(
      'notes',
      'add',
      '--db',
      db,
      '--athlete',
      id,
      '--date',
      today(),
      '--text',
      'Sharp pain in left achilles after the long run',
      '--json',
    );
    expect(note.code).toBe(0);
    expect(JSON.parse(note.stdout)).toMatchObject({ athleteId: athlete.id, date: today(), author: 'coach' });

    const event = await coach(
      'events',
      'add',
      '--db',
      db,
      '--athlete',
      id,
      '--kind',
      'life-stress',
      '--from',
      today(),
      '--note',
      'Moving house. Little sleep.',
      '--json',
    );
    expect(event.code).toBe(0);
    expect(JSON.parse(event.stdout)).toMatchObject({
      kind: 'life_stress',
      startDate: today(),
      endDate: null,
      title: 'Moving house',
    });

    const listed = await coach('anomalies', '--db', db, '--athlete', id, '--state', 'open', '--json');
    expect(listed.stderr).toBe('');
    const anomalies = JSON.parse(listed.stdout);
    const injury = anomalies.find((a: { rule: string }) => a.rule === 'injury-note');
    expect(Object.keys(injury)).toEqual(['id', 'athleteId', 'rule', 'severity', 'state', 'date', 'reason', 'evidence']);
    expect(injury).toMatchObject({ athleteId: athlete.id, state: 'open', date: today() });
    expect(injury.evidence.note.location).toEqual({ bodyPart: 'achilles', side: 'left' });

    const out = join(dir, 'brief.pdf');
    const brief = await coach('brief', '--db', db, '--athlete', id, '--out', out);
    expect(brief.code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Call brief: Ana Ruiz');
    expect(text).toMatch(/achilles/i);
  });

  it('refuses bad usage with a one-line reason and exit status 2', async () => {
    const badKind = await coach('events', 'add', '--db', db, '--athlete', '1', '--kind', 'holiday', '--from', today());
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toMatch(/--kind must be one of travel, illness, injury, life-stress, race/);
    const badDate = await coach('notes', 'add', '--db', db, '--athlete', '1', '--date', '20-05-2026', '--text', 'x');
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/date/);
    const badState = await coach('anomalies', '--db', db, '--state', 'closed', '--json');
    expect(badState.code).toBe(2);
  });
});
