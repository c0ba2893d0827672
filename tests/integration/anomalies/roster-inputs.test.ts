import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateAnomalies } from '../../../src-main/common/domain/anomalies/evaluate';
import { addDays } from '../../../src-main/common/domain/dates';
import {
  loadAnomalyInput,
  loadAnomalyInputs,
  RAISE_WINDOW_DAYS,
  type EvaluationTarget,
} from '../../../src-main/node/anomalies/evaluation';
import { ruleSettingsByAthlete } from '../../../src-main/node/anomalies/rule-settings';
import { listPmcDays } from '../../../src-main/node/db/repositories/pmc-days';
import { listEvents } from '../../../src-main/node/db/repositories/events';
import { findCurrentPlan } from '../../../src-main/node/db/repositories/plans';
import { listPlannedWorkouts } from '../../../src-main/node/db/repositories/planned-workouts';
import { listMorningMarkers } from '../../../src-main/node/db/repositories/wellness';
import { athleteToday } from '../../../src-main/node/services/analytics';
import { listAthletes, updateAthlete } from '../../../src-main/node/services/athletes';
import { loadDemoRoster } from '../../../src-main/node/services/demo';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

/**
 * The anomaly rules read the whole roster in one statement per kind of data, each athlete over their own
 * days. On the demo roster (plans, wellness, notes, events, power curves), with athletes whose "today" is
 * a day apart, that read must hand each athlete exactly what reading them alone does, and what the
 * general repositories hold for them.
 */
// Late evening in UTC: already tomorrow on Kiritimati (UTC+14), still today in Los Angeles.
const NOW = new Date('2026-03-20T22:30:00Z');
const HISTORY_DAYS = 120;

let app: TempApp;
let targets: EvaluationTarget[];
beforeAll(async () => {
  app = createTempApp({ now: NOW });
  await loadDemoRoster(app.ctx, {});
  const athletes = await listAthletes(app.ctx);
  await updateAthlete(app.ctx, athletes[0]!.id, { timeZone: 'Pacific/Kiritimati' });
  await updateAthlete(app.ctx, athletes[1]!.id, { timeZone: 'America/Los_Angeles' });
  const settings = await ruleSettingsByAthlete(app.ctx.db);
  targets = [];
  for (const a of athletes)
    targets.push({ athleteId: a.id, today: await athleteToday(app.ctx, a.id), settings: settings.of(a.id) });
}, 120_000);
afterAll(() => app.dispose());

describe('the rules read the roster at once', () => {
  it('gives each athlete what reading them alone gives, and the same findings', async () => {
    expect(new Set(targets.map((t) => t.today)).size).toBe(2);
    const together = await loadAnomalyInputs(app.ctx.db, targets);
    const alone = [];
    for (const t of targets) alone.push(await loadAnomalyInput(app.ctx.db, t.athleteId, t.today, t.settings));
    expect(together).toEqual(alone);
    expect(together.map(evaluateAnomalies)).toEqual(alone.map(evaluateAnomalies));

    // The demo roster exercises every part of the read.
    expect(together.flatMap(evaluateAnomalies).length).toBeGreaterThan(0);
    expect(together.some((i) => i.activities.some((a) => a.best20MinPower !== null))).toBe(true);
    expect(together.some((i) => i.activities.some((a) => a.efficiencyFactor !== null))).toBe(true);
    expect(together.some((i) => i.planned.length > 0)).toBe(true);
    expect(together.some((i) => i.notes.length > 0)).toBe(true);
    expect(together.some((i) => i.context.length > 0)).toBe(true);
  });

  it('reads efficiency factor and best 20-min power as each activity’s stored metrics hold them', async () => {
    const { rows } = await sql<{
      ef: number | null;
      ef_json: number | null;
      best: number | null;
      best_json: number | null;
    }>`
      SELECT efficiency_factor AS ef, json_extract(metrics, '$.efficiencyFactor') AS ef_json, best_20min_power AS best,
        (SELECT json_extract(mm.value, '$.value') FROM json_each(metrics, '$.meanMaxPower') AS mm
          WHERE json_extract(mm.value, '$.durationSeconds') = 1200) AS best_json
      FROM activities`.execute(app.ctx.db);
    expect(rows.filter((r) => r.best !== null).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.ef !== r.ef_json || r.best !== r.best_json)).toEqual([]);
  });

  it('reads each athlete’s own days of the PMC, wellness, plan and events', async () => {
    const inputs = await loadAnomalyInputs(app.ctx.db, targets);
    for (const input of inputs) {
      const { athleteId, today } = input;
      const from = addDays(today, -(RAISE_WINDOW_DAYS - 1 + HISTORY_DAYS));
      expect(input.raiseFrom).toBe(addDays(today, -(RAISE_WINDOW_DAYS - 1)));
      const pmc = await listPmcDays(app.ctx.db, athleteId, { from, to: today });
      expect(input.pmc).toEqual(
        pmc.map((d) => ({
          date: d.date,
          ctl: d.ctl,
          atl: d.atl,
          tsb: d.tsb,
          ramp: d.ramp,
          acwrEwma: d.acwrEwma,
          chronicEwma: d.chronicEwma,
          monotony: d.monotony,
          strain: d.strain,
        })),
      );
      expect(input.pmc.at(-1)?.date).toBe(today);
      expect(input.wellness).toEqual(await listMorningMarkers(app.ctx.db, athleteId, from, today));
      const plan = await findCurrentPlan(app.ctx.db, athleteId, today);
      const sessions = plan
        ? (await listPlannedWorkouts(app.ctx.db, plan.id)).filter((w) => w.date >= from && w.date <= today)
        : [];
      expect(input.planned.map((p) => p.plannedWorkoutId)).toEqual(sessions.map((w) => w.id));
      const events = (await listEvents(app.ctx.db, athleteId)).filter((e) => (e.endDate ?? e.startDate) >= from);
      expect(input.context.filter((c) => c.source === 'event').map((c) => [c.kind, c.from, c.to, c.title])).toEqual(
        events.map((e) => [e.kind, e.startDate, e.endDate, e.title]),
      );
    }
  });
});
