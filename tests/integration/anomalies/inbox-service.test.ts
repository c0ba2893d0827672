import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WellnessDay } from '../../../src-main/common/domain/wellness/wellness-day';
import { addDays } from '../../../src-main/common/domain/dates';
import { dispatch } from '../../../src-main/node/api/dispatch';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { saveWellnessDays } from '../../../src-main/node/services/wellness';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

const TODAY = '2026-05-20';
let app: TempApp;
beforeEach(() => {
  app = createTempApp({ now: new Date(`${TODAY}T08:00:00Z`) });
});
afterEach(() => app.dispose());

function day(date: string, hrv: number | null, restingHr: number | null = 48): WellnessDay {
  return {
    date,
    hrvRmssd: hrv,
    restingHr,
    sleepHours: 7.5,
    sleepQuality: null,
    soreness: null,
    fatigue: null,
    mood: null,
    stress: null,
    weightKg: null,
    note: null,
  };
}

/** 80 calm mornings (rMSSD scattering 58–66 ms), then the given last mornings up to today. */
async function athleteWithMornings(last: (number | null)[]) {
  const athlete = await createAthlete(app.ctx, { name: 'Ana Ruiz', sports: ['run'] });
  const start = addDays(TODAY, -(80 + last.length) + 1);
  const calm = Array.from({ length: 80 }, (_, i) => day(addDays(start, i), 62 + ((i * 7) % 9) - 4));
  const recent = last.map((hrv, i) => day(addDays(start, 80 + i), hrv));
  await saveWellnessDays(app.ctx.db, athlete.id, [...calm, ...recent], 'csv');
  return athlete;
}

describe('anomaly inbox service', () => {
  it('raises one HRV anomaly for three low mornings, keeps it one episode as data arrives, and triages it', async () => {
    const athlete = await athleteWithMornings([40, 39, 41]);
    const listed = await app.handlers['anomalies.list']({ athleteId: athlete.id, state: 'active' });
    const hrv = listed.filter((a) => a.rule === 'hrv-suppressed');
    expect(hrv).toHaveLength(1);
    expect(hrv[0]).toMatchObject({ athleteName: 'Ana Ruiz', state: 'open', date: TODAY });
    expect(hrv[0]!.episodeStart >= addDays(TODAY, -2)).toBe(true);
    expect(hrv[0]!.reason).toMatch(/below your baseline band/);
    expect(hrv[0]!.evidence.points.map((p) => p.value)).toEqual(expect.arrayContaining([40, 39, 41]));

    // Another low morning (a new day) extends the same episode instead of raising a second anomaly.
    await saveWellnessDays(app.ctx.db, athlete.id, [day(TODAY, 38)], 'csv');
    app.ctx.events.emit({ type: 'data.changed', scope: 'wellness' });
    const again = (await app.handlers['anomalies.list']({ athleteId: athlete.id, state: 'all' })).filter(
      (a) => a.rule === 'hrv-suppressed',
    );
    expect(again.map((a) => a.id)).toEqual([hrv[0]!.id]);

    const acknowledged = await app.handlers['anomalies.triage']({ id: hrv[0]!.id, action: 'acknowledge' });
    expect(acknowledged.state).toBe('acknowledged');
    const snoozed = await app.handlers['anomalies.triage']({ id: hrv[0]!.id, action: 'snooze', days: 3 });
    expect(snoozed).toMatchObject({ state: 'snoozed', snoozedUntil: '2026-05-23' });
    expect(
      (await app.handlers['anomalies.list']({ athleteId: athlete.id, state: 'active' })).some(
        (a) => a.id === hrv[0]!.id,
      ),
    ).toBe(false);
    const resolved = await app.handlers['anomalies.triage']({
      id: hrv[0]!.id,
      action: 'resolve',
      cause: 'travel',
      note: 'Long-haul flight',
    });
    expect(resolved).toMatchObject({ state: 'resolved', cause: 'travel', resolutionNote: 'Long-haul flight' });
    // Resolved stays resolved when the rules run again: one episode is never raised twice.
    app.ctx.events.emit({ type: 'data.changed', scope: 'wellness' });
    const after = (await app.handlers['anomalies.list']({ athleteId: athlete.id, state: 'all' })).filter(
      (a) => a.rule === 'hrv-suppressed',
    );
    expect(after).toMatchObject([{ id: hrv[0]!.id, state: 'resolved' }]);
  });

  it('labels the same pattern inside logged travel with the travel, and shows the event as context', async () => {
    const athlete = await athleteWithMornings([40, 39, 41]);
    await app.handlers['events.create']({
      athleteId: athlete.id,
      kind: 'travel',
      startDate: addDays(TODAY, -3),
      endDate: TODAY,
      title: 'Flight to Tokyo',
    });
    const [hrv] = (await app.handlers['anomalies.list']({ athleteId: athlete.id, state: 'active' })).filter(
      (a) => a.rule === 'hrv-suppressed',
    );
    expect(hrv!.context.map((c) => c.kind)).toEqual(['travel']);
    expect(hrv!.reason).toMatch(/travel/i);
    const detail = await app.handlers['anomalies.get']({ id: hrv!.id });
    expect(detail.events.map((e) => e.title)).toEqual(['Flight to Tokyo']);
  });

  it('turns a note about achilles pain into an injury-note anomaly, and the coach logs the injury from it', async () => {
    const athlete = await athleteWithMornings([62, 60, 63]);
    await app.handlers['notes.add']({
      athleteId: athlete.id,
      date: TODAY,
      author: 'athlete',
      text: 'Good week. Sharp pain in left achilles after the long run.',
    });
    const [note] = (await app.handlers['anomalies.list']({ athleteId: athlete.id, state: 'active' })).filter(
      (a) => a.rule === 'injury-note',
    );
    expect(note!.evidence.note).toMatchObject({ location: { bodyPart: 'achilles', side: 'left' }, category: 'pain' });
    const { text, highlight } = note!.evidence.note!;
    expect(text.slice(highlight.start, highlight.end)).toBe('Sharp pain in left achilles after the long run.');

    const injury = await app.handlers['injuries.create']({
      athleteId: athlete.id,
      bodyPart: 'achilles',
      side: 'left',
      startedOn: TODAY,
      severity: 4,
      status: 'monitoring',
      note: 'Sore on the stairs',
      sourceAnomalyId: note!.id,
    });
    const updated = await app.handlers['injuries.update']({
      id: injury.id,
      date: '2026-05-22',
      severity: 2,
      status: 'monitoring',
      note: 'Better',
    });
    expect(updated.updates.map((u) => [u.date, u.severity, u.note])).toEqual([
      [TODAY, 4, 'Sore on the stairs'],
      ['2026-05-22', 2, 'Better'],
    ]);
    expect(updated.severity).toBe(2);
    await expect(
      app.handlers['injuries.update']({ id: injury.id, date: '2026-05-01', severity: 1, status: 'resolved', note: '' }),
    ).rejects.toThrow(/before the injury started/);
    const detail = await app.handlers['anomalies.get']({ id: note!.id });
    expect(detail.injuries.map((i) => i.id)).toEqual([injury.id]);
  });

  it('raises nothing for a calm athlete', async () => {
    const athlete = await athleteWithMornings([61, 63, 60, 64]);
    expect(await app.handlers['anomalies.list']({ athleteId: athlete.id, state: 'all' })).toEqual(
      (await app.handlers['anomalies.list']({ athleteId: athlete.id, state: 'all' })).filter(
        (a) => a.rule === 'no-uploads',
      ),
    );
  });

  it('keeps per-athlete thresholds over the global ones and rejects unknown settings', async () => {
    const athlete = await athleteWithMornings([40, 39, 41]);
    const updated = await app.handlers['anomalies.settings.update']({
      athleteId: athlete.id,
      patch: { hrvSuppressed: { enabled: false } },
    });
    expect(updated.effective.hrvSuppressed.enabled).toBe(false);
    expect(updated.global.hrvSuppressed.enabled).toBe(true);
    app.ctx.events.emit({ type: 'data.changed', scope: 'settings' });
    const hrv = (await app.handlers['anomalies.list']({ athleteId: athlete.id, state: 'active' })).filter(
      (a) => a.rule === 'hrv-suppressed',
    );
    expect(hrv).toEqual([]);
    expect(
      await dispatch(app.handlers, 'anomalies.settings.update', {
        athleteId: null,
        patch: { hrvSuppresed: { consecutiveDays: 4 } },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/Unknown rule "hrvSuppresed"/) },
    });
  });

  it('builds a call brief with an editable agenda and a call cadence, and prints it as a PDF', async () => {
    const athlete = await athleteWithMornings([40, 39, 41]);
    const brief = await app.handlers['briefs.get']({ athleteId: athlete.id });
    expect(brief).toMatchObject({ today: TODAY, since: '2026-05-06', lastCall: null, agendaSaved: false });
    expect(brief.anomalies.some((a) => a.rule === 'hrv-suppressed')).toBe(true);
    expect(brief.agenda).toMatch(/HRV/);
    const hrvNow = brief.keyNumbers.find((k) => k.label.startsWith('HRV'))!;
    expect(hrvNow.now).toBeLessThan(hrvNow.atLastCall!);

    await app.handlers['briefs.saveAgenda']({ athleteId: athlete.id, agenda: '- Ask about the flight' });
    const withCadence = await app.handlers['briefs.setCadence']({ athleteId: athlete.id, cadenceDays: 14 });
    expect(withCadence).toMatchObject({
      agenda: '- Ask about the flight',
      agendaSaved: true,
      cadenceDays: 14,
      nextCallDue: TODAY,
    });
    expect((await app.handlers['analytics.roster']({})).find((r) => r.id === athlete.id)!.call).toMatchObject({
      due: true,
      cadenceDays: 14,
    });

    const held = await app.handlers['briefs.markHeld']({ athleteId: athlete.id, date: TODAY });
    expect(held).toMatchObject({ lastCall: TODAY, since: TODAY, nextCallDue: '2026-06-03', agendaSaved: false });
    expect((await app.handlers['analytics.roster']({})).find((r) => r.id === athlete.id)!.call.due).toBe(false);

    const pdf = await app.handlers['briefs.pdf']({ athleteId: athlete.id });
    expect(pdf.fileName).toBe('Call brief Ana Ruiz 2026-05-20.pdf');
    const file = join(app.dir, pdf.fileName);
    writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Call brief: Ana Ruiz');
    expect(text).toContain('Agenda');
    expect(text).toMatch(/HRV suppressed|HRV/);
  });
});
