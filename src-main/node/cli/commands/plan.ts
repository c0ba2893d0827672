import { newPlanSchema, type PlanView } from '../../../common/contract/plans';
import { LOADING_PATTERNS, RACE_TYPES } from '../../../common/domain/planner/types';
import { createPlan, getPlanView } from '../../services/plans';
import type { CliIo } from '../command';
import { numberOption, parseOptions } from '../options';
import { UsageError } from '../usage-error';
import { withApp } from '../with-app';
import { formatNumber } from '../../../common/format';

/**
 * `coach plan create --athlete ID --race-date D --race-type T [--weeks N | --start D] [--priority A|B|C]
 * [--pattern P] [--max-ramp N] [--max-acwr R] [--max-weekly-hours H] [--min-weekly-hours H] [--json]` and
 * `coach plan show PLAN [--json]`.
 * Both print the same shape; scripts depend on its field names.
 */
export async function runPlan(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'create') return runCreate(rest, io);
  if (sub === 'show') return runShow(rest, io);
  throw new UsageError(`plan needs "create" or "show", got ${sub === undefined ? 'nothing' : `"${sub}"`}`);
}

async function runCreate(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    athlete: { type: 'string' },
    'race-date': { type: 'string' },
    'race-type': { type: 'string' },
    'race-name': { type: 'string' },
    weeks: { type: 'string' },
    start: { type: 'string' },
    priority: { type: 'string' },
    pattern: { type: 'string' },
    'max-ramp': { type: 'string' },
    'max-acwr': { type: 'string' },
    'max-weekly-hours': { type: 'string' },
    'min-weekly-hours': { type: 'string' },
  });
  if (values.athlete === undefined) throw new UsageError('--athlete is required');
  if (values['race-date'] === undefined) throw new UsageError('--race-date is required');
  if (values['race-type'] === undefined) throw new UsageError(`--race-type is required (${RACE_TYPES.join(', ')})`);
  const guardrails = {
    ...optional('maxRampPerWeek', numberOption(values['max-ramp'], 'max-ramp')),
    ...optional('maxAcwr', numberOption(values['max-acwr'], 'max-acwr')),
    ...optional('maxWeeklyHours', numberOption(values['max-weekly-hours'], 'max-weekly-hours')),
    ...optional('minWeeklyHours', numberOption(values['min-weekly-hours'], 'min-weekly-hours')),
  };
  const parsed = newPlanSchema.safeParse({
    athleteId: numberOption(values.athlete, 'athlete'),
    raceDate: values['race-date'],
    raceType: values['race-type'],
    ...optional('raceName', values['race-name']),
    ...optional('weeks', numberOption(values.weeks, 'weeks')),
    ...optional('startDate', values.start),
    ...optional('racePriority', values.priority?.toUpperCase()),
    ...optional('pattern', values.pattern),
    guardrails,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.');
    const hint =
      field === 'pattern'
        ? ` (${LOADING_PATTERNS.join(', ')})`
        : field === 'raceType'
          ? ` (${RACE_TYPES.join(', ')})`
          : '';
    throw new UsageError(`${field || 'input'}: ${issue.message}${hint}`);
  }
  return withApp(values.db, async (app) => print(await createPlan(app.ctx, parsed.data), values.json === true, io));
}

async function runShow(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { db: { type: 'string' }, json: { type: 'boolean' } }, true);
  const id = Number(positionals[0]);
  if (positionals.length !== 1 || !Number.isInteger(id) || id <= 0)
    throw new UsageError('plan show needs one plan id, e.g. "coach plan show 3"');
  return withApp(values.db, async (app) => print(await getPlanView(app.ctx, id), values.json === true, io));
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** The scripted shape of a plan (issue 5's field names). */
export function planJson(plan: PlanView) {
  return {
    id: plan.id,
    feasible: plan.feasible,
    reasons: plan.reasons,
    weeks: plan.weeks.map((w) => ({
      index: w.index,
      startDate: w.startDate,
      phase: w.phase,
      recovery: w.recovery,
      targetLoad: w.targetLoad,
      targetHours: w.targetHours,
      targetDistanceKm: w.targetDistanceKm,
      acwr: w.acwr,
      done: w.done,
      projectedCtl: w.projectedCtl,
      projectedTsb: w.projectedTsb,
      binding: w.binding,
      notes: w.notes,
    })),
    raceDay: plan.raceDay,
    days: plan.days.map((d) => ({
      date: d.date,
      workouts: d.workouts.map((w) => ({
        id: w.id,
        name: w.name,
        sport: w.sport,
        plannedSeconds: w.plannedSeconds,
        plannedMeters: w.plannedMeters,
        plannedLoad: w.plannedLoad,
      })),
    })),
  };
}

function print(plan: PlanView, json: boolean, io: CliIo): number {
  if (json) {
    io.stdout(JSON.stringify(planJson(plan), null, 2));
    return 0;
  }
  io.stdout(`Plan ${plan.id}: ${plan.name} (${plan.athleteName})`);
  io.stdout(`${plan.feasible ? 'Feasible' : 'NOT feasible'}${plan.reasons.length ? ':' : ''}`);
  for (const r of plan.reasons) io.stdout(`  - ${r}`);
  io.stdout('week  start       phase   rec  load   hours   CTL    TSB');
  for (const w of plan.weeks) {
    io.stdout(
      `${String(w.index).padStart(4)}  ${w.startDate}  ${w.phase.padEnd(6)}  ${w.recovery ? 'yes' : '   '}  ${formatNumber(w.targetLoad).padStart(4)}  ${formatNumber(w.targetHours, 1).padStart(5)}  ${formatNumber(w.projectedCtl, 1).padStart(5)}  ${formatNumber(w.projectedTsb, 1).padStart(5)}${w.binding.length ? `  ${w.binding.join('; ')}` : ''}`,
    );
  }
  io.stdout(
    `Race day ${plan.raceDay.date}: CTL ${formatNumber(plan.raceDay.projectedCtl, 1)}, TSB ${formatNumber(plan.raceDay.projectedTsb, 1)}`,
  );
  return 0;
}
