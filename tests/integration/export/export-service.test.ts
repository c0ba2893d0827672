import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decoder, Stream } from '@garmin/fitsdk';
import { unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/node/api/dispatch';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { moveWorkout, removeWorkout } from '../../../src-main/node/services/plan-edits';
import { createPlan } from '../../../src-main/node/services/plans';
import type { ExportedFile, PlanView } from '../../../src-main/common/contract';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

const clock = { now: new Date('2027-01-04T08:00:00Z') };
let app: TempApp;
beforeEach(() => {
  clock.now = new Date('2027-01-04T08:00:00Z');
  app = createTempApp(clock);
});
afterEach(() => app.dispose());

async function triathleteWithPlan(name = 'Ana Ruiz'): Promise<PlanView> {
  const athlete = await createAthlete(app.ctx, {
    name,
    sports: ['run', 'bike', 'swim'],
    thresholds: { ftp: 250, thresholdPace: 260, css: 100, lthr: 168, maxHr: 188, restingHr: 50 },
    thresholdsFrom: '2026-01-01',
  });
  return createPlan(app.ctx, {
    athleteId: athlete.id,
    raceDate: '2027-05-30',
    raceType: '70.3',
    raceName: 'Elsinore 70.3',
    weeks: 12,
    pattern: '3:1',
    guardrails: {},
  });
}

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await dispatch(app.handlers, method, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const bytesOf = (file: ExportedFile) => new Uint8Array(Buffer.from(file.base64, 'base64'));

function pdfText(bytes: Uint8Array): string {
  const path = join(app.dir, `t-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(path, bytes);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

function events(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    sequence: Number(v.getFirstPropertyValue('sequence')),
    status: String(v.getFirstPropertyValue('status')),
    start: String(v.getFirstPropertyValue('dtstart')),
  }));
}

describe('export service through the contract', () => {
  it('re-exports the calendar with the same UIDs, bumps SEQUENCE only for a moved session and cancels a removed one', async () => {
    const plan = await triathleteWithPlan();
    const sessions = plan.days.flatMap((d) => d.workouts);
    const first = events(
      new TextDecoder().decode(bytesOf(await call<ExportedFile>('exports.plan', { planId: plan.id, format: 'ics' }))),
    );
    expect(first).toHaveLength(sessions.length);
    expect(new Set(first.map((e) => e.uid)).size).toBe(sessions.length);

    const again = events(
      new TextDecoder().decode(bytesOf(await call<ExportedFile>('exports.plan', { planId: plan.id, format: 'ics' }))),
    );
    expect(again).toEqual(first);

    const [moved, removed] = sessions.filter((s) => s.date > '2027-01-10');
    const freeDay = plan.days.find((d) => d.date > moved!.date && d.workouts.length === 0 && !d.locked)!.date;
    await moveWorkout(app.ctx, { planId: plan.id, workoutId: moved!.id, toDate: freeDay, reason: 'travel' });
    await removeWorkout(app.ctx, { planId: plan.id, workoutId: removed!.id, reason: 'sick' });
    const third = events(
      new TextDecoder().decode(bytesOf(await call<ExportedFile>('exports.plan', { planId: plan.id, format: 'ics' }))),
    );
    const byUid = new Map(third.map((e) => [e.uid, e]));
    expect(byUid.get(`plan-${plan.id}-session-${moved!.id}@coach-workstation`)).toMatchObject({
      sequence: 1,
      status: 'CONFIRMED',
      start: freeDay,
    });
    expect(byUid.get(`plan-${plan.id}-session-${removed!.id}@coach-workstation`)).toMatchObject({
      sequence: 1,
      status: 'CANCELLED',
    });
    const untouched = third.filter(
      (e) => e.status === 'CONFIRMED' && e.uid !== `plan-${plan.id}-session-${moved!.id}@coach-workstation`,
    );
    expect(untouched.every((e) => e.sequence === 0)).toBe(true);
  });

  it("bundles calendar, PDF, CSV and the athlete's workout formats for a date range, and nothing of anyone else", async () => {
    await triathleteWithPlan('Other Athlete');
    const plan = await triathleteWithPlan();
    await call('exports.savePreferences', {
      athleteId: plan.athleteId,
      workoutFormats: ['fit', 'zwo'],
      poolLengthMeters: 50,
    });
    const file = await call<ExportedFile>('exports.plan', {
      planId: plan.id,
      format: 'zip',
      from: '2027-03-08',
      to: '2027-03-21',
    });
    expect(file.fileName).toBe('Ana Ruiz 2027-03-08 to 2027-03-21.zip');
    const entries = unzipSync(bytesOf(file));
    const names = Object.keys(entries);
    expect(names).toEqual(expect.arrayContaining(['README.txt', 'calendar.ics', 'plan.pdf', 'sessions.csv']));
    const inRange = plan.days
      .filter((d) => d.date >= '2027-03-08' && d.date <= '2027-03-21')
      .flatMap((d) => d.workouts);
    expect(names.filter((n) => n.startsWith('workouts/fit/'))).toHaveLength(inRange.length);
    expect(names.filter((n) => n.startsWith('workouts/zwo/'))).toHaveLength(
      inRange.filter((w) => w.sport === 'bike' || w.sport === 'run').length,
    );
    for (const name of names.filter((n) => n.endsWith('.fit'))) {
      const decoder = new Decoder(Stream.fromByteArray(entries[name]!));
      expect(decoder.read().errors).toEqual([]);
    }
    const swim = plan.days.flatMap((d) => d.workouts).find((w) => w.sport === 'swim')!;
    const swimFit = bytesOf(await call<ExportedFile>('exports.workout', { plannedWorkoutId: swim.id, format: 'fit' }));
    expect(new Decoder(Stream.fromByteArray(swimFit)).read().messages.workoutMesgs?.[0]).toMatchObject({
      sport: 'swimming',
      poolLength: 50,
    });
    const text = names
      .map((n) => (n.endsWith('.pdf') ? pdfText(entries[n]!) : Buffer.from(entries[n]!).toString('latin1')))
      .join('\n');
    expect(text).not.toContain('Other Athlete');
    expect(events(new TextDecoder().decode(entries['calendar.ics']))).toHaveLength(inRange.length);
  });

  it('keeps coach-only notes out of files unless the coach ticks them', async () => {
    const plan = await triathleteWithPlan();
    const workout = plan.days.flatMap((d) => d.workouts)[3]!;
    await removeWorkout(app.ctx, {
      planId: plan.id,
      workoutId: workout.id,
      reason: 'private: knee niggle, do not tell sponsor',
    });
    const without = pdfText(bytesOf(await call<ExportedFile>('exports.plan', { planId: plan.id, format: 'pdf' })));
    expect(without).not.toContain('knee niggle');
    expect(without).not.toContain('Coach notes');
    const withNotes = pdfText(
      bytesOf(await call<ExportedFile>('exports.plan', { planId: plan.id, format: 'pdf', includeCoachNotes: true })),
    );
    expect(withNotes).toContain('Coach notes');
    expect(withNotes).toContain('knee niggle');
  });

  it('renders the block PDF and one week to pages with the phases, targets and sessions', async () => {
    const plan = await triathleteWithPlan();
    const block = await call<ExportedFile>('exports.plan', { planId: plan.id, format: 'pdf' });
    const text = pdfText(bytesOf(block));
    expect(text).toContain(plan.name);
    expect(text).toContain('Phases');
    expect(text).toContain('Weekly targets');
    for (const w of plan.weeks) expect(text).toContain(`Week ${w.index} · ${w.phase}`);
    const firstSession = plan.days.flatMap((d) => d.workouts)[0]!;
    expect(text).toContain(firstSession.name.slice(0, 12));
    const path = join(app.dir, 'block.pdf');
    writeFileSync(path, bytesOf(block));
    execFileSync('pdftoppm', ['-png', '-r', '40', path, join(app.dir, 'page')]);
    expect(readdirSync(app.dir).filter((f) => f.startsWith('page')).length).toBeGreaterThanOrEqual(2);

    const week = pdfText(
      bytesOf(await call<ExportedFile>('exports.plan', { planId: plan.id, format: 'pdf', week: 3 })),
    );
    expect(week).toContain(`${plan.name} · week 3`);
    expect(week).not.toContain('Week 4 ·');
  });

  it('rejects bad input with a clear, specific error', async () => {
    const plan = await triathleteWithPlan();
    const bad = async (input: unknown) => {
      const result = await dispatch(app.handlers, 'exports.plan', input);
      expect(result.ok).toBe(false);
      return result.ok ? null : result.error;
    };
    expect(await bad({ planId: plan.id, format: 'docx' })).toMatchObject({ code: 'VALIDATION', field: 'format' });
    expect(await bad({ planId: plan.id, format: 'ics', from: '2027-03-01', to: '2027-02-01' })).toMatchObject({
      field: 'to',
      message: expect.stringContaining('the range must not end before it starts'),
    });
    expect(await bad({ planId: plan.id, format: 'csv', week: 2 })).toMatchObject({ field: 'week' });
    expect(await bad({ planId: plan.id, format: 'pdf', week: 20 })).toMatchObject({
      code: 'VALIDATION',
      field: 'week',
      message: expect.stringContaining('no week 20'),
    });
    expect(await bad({ planId: 999, format: 'ics' })).toMatchObject({ code: 'NOT_FOUND' });
    const swim = plan.days.flatMap((d) => d.workouts).find((w) => w.sport === 'swim')!;
    const zwo = await dispatch(app.handlers, 'exports.workout', { plannedWorkoutId: swim.id, format: 'zwo' });
    expect(zwo).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Zwift workouts are for bike and run sessions, not swim') },
    });
  });

  it('exports one planned workout as a named device file', async () => {
    const plan = await triathleteWithPlan();
    const bike = plan.days.flatMap((d) => d.workouts).find((w) => w.sport === 'bike')!;
    const file = await call<ExportedFile>('exports.workout', { plannedWorkoutId: bike.id, format: 'erg' });
    expect(file.fileName).toBe(`${bike.date} ${bike.name.replace(/[<>:"/\\|?*]/g, '-')}.erg`);
    expect(new TextDecoder().decode(bytesOf(file))).toContain('FTP = 250');
  });
});
