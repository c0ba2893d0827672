import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WellnessDay } from '../../../src-main/common/domain/wellness/wellness-day';
import { addDays } from '../../../src-main/common/domain/dates';
import { getCallBrief } from '../../../src-main/node/anomalies/briefs';
import { loadRoster } from '../../../src-main/node/services/analytics-roster';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { saveWellnessDays } from '../../../src-main/node/services/wellness';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

// 13:00 UTC on 20 May: 01:00 on the 21st in Auckland (UTC+12), 06:00 on the 20th in Los Angeles (UTC−7).
const NOW = new Date('2026-05-20T13:00:00Z');
let app: TempApp;
beforeEach(() => {
  app = createTempApp({ now: NOW });
});
afterEach(() => app.dispose());

function morning(date: string, hrv: number): WellnessDay {
  return {
    date,
    hrvRmssd: hrv,
    restingHr: 48,
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

/** 80 calm mornings, then three low ones ending on `lastMorning`. */
async function athleteIn(timeZone: string, lastMorning: string) {
  const athlete = await createAthlete(app.ctx, { name: `Athlete in ${timeZone}`, sports: ['run'], timeZone });
  const start = addDays(lastMorning, -82);
  const calm = Array.from({ length: 80 }, (_, i) => morning(addDays(start, i), 62 + ((i * 7) % 9) - 4));
  const low = [40, 39, 41].map((hrv, i) => morning(addDays(start, 80 + i), hrv));
  await saveWellnessDays(app.ctx.db, athlete.id, [...calm, ...low], 'csv');
  return athlete;
}

describe('each athlete’s today is their own zone’s date', () => {
  it('in the rules, the inbox’s snooze, the roster and the call brief', async () => {
    const auckland = await athleteIn('Pacific/Auckland', '2026-05-21');
    const losAngeles = await athleteIn('America/Los_Angeles', '2026-05-20');

    // The rules see Auckland's morning of the 21st as today's, not as a day still to come.
    const hrv = (await app.handlers['anomalies.list']({ state: 'active' })).filter((a) => a.rule === 'hrv-suppressed');
    expect(Object.fromEntries(hrv.map((a) => [a.athleteId, a.date]))).toEqual({
      [auckland.id]: '2026-05-21',
      [losAngeles.id]: '2026-05-20',
    });

    const aucklandFinding = hrv.find((a) => a.athleteId === auckland.id)!;
    const snoozed = await app.handlers['anomalies.triage']({ id: aucklandFinding.id, action: 'snooze', days: 3 });
    expect(snoozed.snoozedUntil).toBe('2026-05-24');

    const roster = await loadRoster(app.ctx);
    expect(Object.fromEntries(roster.map((r) => [r.id, r.today]))).toEqual({
      [auckland.id]: '2026-05-21',
      [losAngeles.id]: '2026-05-20',
    });

    expect((await getCallBrief(app.ctx, auckland.id)).today).toBe('2026-05-21');
    expect((await getCallBrief(app.ctx, losAngeles.id)).today).toBe('2026-05-20');
  });
});
