import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RosterRow } from '../../../src-main/common/contract';
import { addDays } from '../../../src-main/common/domain/dates';
import { evaluateAthletes } from '../../../src-main/node/anomalies/evaluation';
import { addActivity } from '../../../src-main/node/services/activities';
import { refreshStaleLoads } from '../../../src-main/node/services/analytics';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { BUILT_IN_VIEWS } from '../../../src-renderer/features/roster/roster-preferences';
import { attentionReasons, matchesFilters } from '../../../src-renderer/features/roster/roster-status';
import { createTempApp, type TempApp } from '../../helpers/temp-app';
import { datesBetween, ride } from './history';

/**
 * The roster's "Needs attention" view on real roster rows: an athlete whose only warning sign is an
 * ACWR spike, or a critical finding open in the inbox, is in it; one training steadily is not.
 * Rides are scored by device NP against an FTP of 250 W, one hour each: TSS = (NP / 250)² × 100.
 */
const NOW = new Date('2026-03-20T18:00:00Z');
const TODAY = '2026-03-20';
const EASY_NP = 137; // TSS 30
const HARD_NP = 205; // TSS 67

let app: TempApp;
let roster: RosterRow[];
const needsAttention = BUILT_IN_VIEWS.find((v) => v.name === 'Needs attention')!.filters;
const row = (name: string) => roster.find((r) => r.name === name)!;

beforeAll(async () => {
  app = createTempApp({ now: NOW });
  const train = async (name: string, npOn: (date: string) => number, lastNote = '') => {
    const athlete = await createAthlete(app.ctx, {
      name,
      sports: ['bike'],
      thresholds: { ftp: 250 },
      thresholdsFrom: '2025-01-01',
    });
    for (const date of datesBetween(addDays(TODAY, -90), TODAY)) {
      await addActivity(
        app.ctx.db,
        athlete,
        { ...ride(date, npOn(date)), notes: date === TODAY ? lastNote : '' },
        { now: NOW },
      );
    }
  };
  await train('Steady Rider', () => EASY_NP);
  // A week at more than twice the usual daily load: the 7:28-day ratio passes 1.5 while CTL climbs under 8 a week.
  await train('Spiking Rider', (date) => (date > addDays(TODAY, -7) ? HARD_NP : EASY_NP));
  await train('Hurting Rider', () => EASY_NP, 'Sharp pain in my left knee, 7/10, had to stop');
  await refreshStaleLoads(app.ctx);
  await evaluateAthletes(app.ctx);
  roster = await app.handlers['analytics.roster']({});
});
afterAll(() => app.dispose());

describe('the Needs attention view', () => {
  it('leaves out an athlete training steadily with nothing open', () => {
    expect(attentionReasons(row('Steady Rider'))).toEqual([]);
    expect(matchesFilters(row('Steady Rider'), needsAttention)).toBe(false);
  });

  it('includes an athlete whose only warning sign is an ACWR spike, and says so', () => {
    const spiking = row('Spiking Rider');
    expect(spiking.acwr!).toBeGreaterThan(1.5);
    expect(spiking.warnings?.acwr).toBe('warn');
    expect(attentionReasons(spiking)).toEqual([`ACWR ${spiking.acwr!.toFixed(2)} is above 1.5`]);
    expect(matchesFilters(spiking, needsAttention)).toBe(true);
  });

  it('includes an athlete with a critical finding open in the inbox, and says so', () => {
    const hurting = row('Hurting Rider');
    expect(hurting.anomalies.worst).toBe('critical');
    expect(attentionReasons(hurting)).toEqual([
      `Critical finding open in the inbox (${hurting.anomalies.open} open in all)`,
    ]);
    expect(matchesFilters(hurting, needsAttention)).toBe(true);
  });

  it('no longer lists the athlete once the critical finding is resolved', async () => {
    const hurting = row('Hurting Rider');
    const open = await app.handlers['anomalies.list']({ athleteId: hurting.id, state: 'active' });
    for (const anomaly of open.filter((a) => a.severity === 'critical')) {
      await app.handlers['anomalies.triage']({
        id: anomaly.id,
        action: 'resolve',
        cause: 'injury',
        note: 'Physio saw it: a bruise, back to training',
      });
    }
    const after = (await app.handlers['analytics.roster']({})).find((r) => r.id === hurting.id)!;
    expect(after.anomalies.worst).not.toBe('critical');
    expect(matchesFilters(after, needsAttention)).toBe(false);
  });
});
