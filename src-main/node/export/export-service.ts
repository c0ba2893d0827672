import { AppError } from '../../common/contract';
import type { ExportPreferences, PlanExportInput, WorkoutFileFormat } from '../../common/contract/exports';
import type { PlanView } from '../../common/contract/plans';
import { reviseCalendar } from '../../common/domain/export/calendar-sequence';
import { buildCsv } from '../../common/domain/export/csv';
import {
  sessionsIn,
  type DateRange,
  type ExportPlan,
  type ExportSession,
} from '../../common/domain/export/export-model';
import { buildIcs, calendarEvent, calendarUid } from '../../common/domain/export/ics';
import { safeFileName, uniqueFileNames } from '../../common/domain/export/safe-file-name';
import { addDays } from '../../common/domain/dates';
import type { ServiceContext } from '../services/context';
import { loadPlanningAthlete } from '../services/plan-context';
import { buildPlanView } from '../services/plan-view';
import { requirePlan } from '../services/plans';
import {
  findExportPreferences,
  listSentEvents,
  recordSentEvents,
  saveExportPreferences as storeExportPreferences,
} from '../db/repositories/exports';
import { findPlanOfPlannedWorkout } from '../db/repositories/planned-workouts';
import { requireAthlete } from '../services/analytics';
import { buildPlanPdf } from './plan-pdf';
import { WORKOUT_MIME_TYPES, workoutFile } from './workout-files';
import { zipFiles } from './zip-bundle';

/**
 * Exports, for every transport and the CLI: plans as .ics / .csv / .pdf / .zip and planned workouts as
 * device files. Everything is built from the plan as the planner shows it, with the athlete's thresholds
 * on the export day; the clock (ctx.now) stamps the files.
 */
export interface ExportFileBytes {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  warnings: string[];
  summary: string;
}

const PLAN_MIME_TYPES = {
  ics: 'text/calendar;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  pdf: 'application/pdf',
  zip: 'application/zip',
};

export async function loadExportPlan(
  ctx: ServiceContext,
  planId: number,
  includeCoachNotes: boolean,
): Promise<{ plan: ExportPlan; prefs: ExportPreferences }> {
  const record = await requirePlan(ctx, planId);
  const who = await loadPlanningAthlete(ctx, record.athleteId);
  const view = await buildPlanView(ctx, record, who);
  const prefs = await findExportPreferences(ctx.db, record.athleteId);
  return { plan: toExportPlan(view, who.thresholds, includeCoachNotes), prefs };
}

function toExportPlan(view: PlanView, thresholds: ExportPlan['thresholds'], includeCoachNotes: boolean): ExportPlan {
  const weekOf = (date: string) =>
    view.weeks.find((w) => date >= w.startDate && date <= addDays(w.startDate, 6)) ?? view.weeks.at(-1)!;
  const sessions: ExportSession[] = view.days.flatMap((day) =>
    day.workouts.map((w) => {
      const week = weekOf(w.date);
      return {
        id: w.id,
        date: w.date,
        name: w.name,
        sport: w.sport,
        plannedSeconds: w.plannedSeconds,
        plannedMeters: w.plannedMeters,
        plannedLoad: w.plannedLoad,
        definition: w.definition,
        weekIndex: week.index,
        phase: week.phase,
      };
    }),
  );
  return {
    planId: view.id,
    planName: view.name,
    athleteName: view.athleteName,
    raceName: view.raceName,
    raceDate: view.raceDate,
    startDate: view.startDate,
    weeks: view.weeks.map((w) => ({
      index: w.index,
      startDate: w.startDate,
      phase: w.phase,
      recovery: w.recovery,
      targetLoad: w.targetLoad,
      targetHours: w.targetHours,
      plannedLoad: w.plannedLoad,
      plannedHours: w.plannedHours,
      plannedDistanceKm: w.targetDistanceKm,
    })),
    sessions,
    thresholds,
    coachNotes: includeCoachNotes ? coachNotes(view) : [],
  };
}

/** Coach-only material: why the plan is shaped as it is and every change with its reason. */
function coachNotes(view: PlanView): string[] {
  return [
    ...view.reasons.map((r) => `Feasibility: ${r}`),
    ...view.weeks.flatMap((w) => w.binding.map((b) => `Week ${w.index}: ${b}`)),
    ...view.changes.map((c) => `${c.at.slice(0, 10)} · ${c.summary} — ${c.reason}`),
  ];
}

function planRange(plan: ExportPlan, from?: string, to?: string): DateRange {
  return { from: from ?? plan.startDate, to: to ?? plan.raceDate };
}

export async function exportPlan(ctx: ServiceContext, input: PlanExportInput): Promise<ExportFileBytes> {
  const { plan, prefs } = await loadExportPlan(ctx, input.planId, input.includeCoachNotes);
  const range = planRange(plan, input.from, input.to);
  const sessions = sessionsIn(plan, range);
  const now = ctx.now();
  const stem = `${plan.athleteName} ${plan.planName} ${range.from} to ${range.to}`;
  const summary = `${sessions.length} sessions, ${range.from} to ${range.to}`;
  switch (input.format) {
    case 'ics': {
      const ics = await calendarFor(ctx, plan, range, sessions, now);
      return {
        fileName: safeFileName(stem, 'ics'),
        mimeType: PLAN_MIME_TYPES.ics,
        bytes: utf8(ics),
        warnings: [],
        summary,
      };
    }
    case 'csv':
      return {
        fileName: safeFileName(stem, 'csv'),
        mimeType: PLAN_MIME_TYPES.csv,
        bytes: utf8(buildCsv(plan, sessions)),
        warnings: [],
        summary,
      };
    case 'pdf': {
      if (input.week !== undefined && !plan.weeks.some((w) => w.index === input.week)) {
        throw new AppError(
          'VALIDATION',
          `The plan has weeks 1–${plan.weeks.length}; there is no week ${input.week}`,
          'week',
        );
      }
      const bytes = await buildPlanPdf(plan, {
        range,
        createdAt: now,
        ...(input.week === undefined ? {} : { week: input.week }),
      });
      const name = input.week === undefined ? stem : `${plan.athleteName} ${plan.planName} week ${input.week}`;
      return {
        fileName: safeFileName(name, 'pdf'),
        mimeType: PLAN_MIME_TYPES.pdf,
        bytes,
        warnings: [],
        summary: input.week === undefined ? summary : `week ${input.week}`,
      };
    }
    case 'zip': {
      const formats = input.workoutFormats ?? prefs.workoutFormats;
      const bundle = await bundleFor(ctx, plan, range, sessions, formats, prefs.poolLengthMeters, now);
      return {
        fileName: safeFileName(`${plan.athleteName} ${range.from} to ${range.to}`, 'zip'),
        mimeType: PLAN_MIME_TYPES.zip,
        bytes: bundle.bytes,
        warnings: bundle.warnings,
        summary: `${summary}; ${bundle.workoutFiles} workout files (${formats.join(', ')})`,
      };
    }
  }
}

/** The calendar with SEQUENCE and cancellations decided against what was sent before, which is then remembered. */
async function calendarFor(
  ctx: ServiceContext,
  plan: ExportPlan,
  range: DateRange,
  sessions: readonly ExportSession[],
  now: Date,
): Promise<string> {
  const previously = await listSentEvents(ctx.db, plan.planId);
  const stillPlanned = new Set(plan.sessions.map((s) => calendarUid(plan.planId, s.id)));
  const revision = reviseCalendar(
    sessions.map((s) => calendarEvent(plan, s)),
    previously,
    stillPlanned,
    range,
  );
  await ctx.db.transaction().execute((trx) => recordSentEvents(trx, plan.planId, revision.sent, now.toISOString()));
  return buildIcs(revision.entries, { name: `${plan.athleteName}: ${plan.planName}`, stamp: now });
}

async function bundleFor(
  ctx: ServiceContext,
  plan: ExportPlan,
  range: DateRange,
  sessions: readonly ExportSession[],
  formats: readonly WorkoutFileFormat[],
  poolLengthMeters: number,
  now: Date,
) {
  const warnings: string[] = [];
  const workoutEntries: { path: string; bytes: Uint8Array }[] = [];
  for (const format of formats) {
    const made = await Promise.all(
      sessions.map((s) => workoutFile(s, format, plan.thresholds, { createdAt: now, poolLengthMeters })),
    );
    const files = made.flatMap((m) => (m.ok ? [m] : []));
    for (const m of made) if (!m.ok) warnings.push(`${format.toUpperCase()} skipped: ${m.reason}`);
    const names = uniqueFileNames(files.map((f) => f.fileName));
    files.forEach((f, i) => {
      workoutEntries.push({ path: `workouts/${format}/${names[i]}`, bytes: f.bytes });
      warnings.push(...f.warnings);
    });
  }
  const ics = await calendarFor(ctx, plan, range, sessions, now);
  const pdf = await buildPlanPdf(plan, { range, createdAt: now });
  const readme = bundleReadme(plan, range, formats, sessions.length, warnings);
  const bytes = zipFiles(
    [
      { path: 'README.txt', bytes: utf8(readme) },
      { path: 'calendar.ics', bytes: utf8(ics) },
      { path: 'plan.pdf', bytes: pdf },
      { path: 'sessions.csv', bytes: utf8(buildCsv(plan, sessions)) },
      ...workoutEntries,
    ],
    now,
  );
  return { bytes, warnings, workoutFiles: workoutEntries.length };
}

const FORMAT_HELP: Record<WorkoutFileFormat, string> = {
  fit: "workouts/fit: copy to the watch's NEWFILES (Garmin) folder over USB, or import in Garmin Connect, Wahoo or Coros.",
  zwo: 'workouts/zwo: put in Documents/Zwift/Workouts/<your Zwift id>/ and find them under Custom Workouts.',
  erg: 'workouts/erg: import into TrainerRoad, Golden Cheetah, PerfPRO or your trainer app (targets in watts).',
  mrc: 'workouts/mrc: import into your trainer app (targets in % of FTP, so they follow your current FTP).',
  txt: 'workouts/txt: each session as plain text, to read or print.',
  html: 'workouts/html: each session as a page to open in any browser.',
};

function bundleReadme(
  plan: ExportPlan,
  range: DateRange,
  formats: readonly WorkoutFileFormat[],
  sessions: number,
  warnings: readonly string[],
): string {
  return [
    `${plan.planName}`,
    `For ${plan.athleteName}: ${sessions} sessions from ${range.from} to ${range.to}.`,
    '',
    'calendar.ics: import into Google Calendar, Apple Calendar or Outlook; importing a newer export updates the same events.',
    'plan.pdf: the block to print: phases, weekly targets and every session.',
    'sessions.csv: one row per session, for a spreadsheet.',
    ...formats.map((f) => FORMAT_HELP[f]),
    ...(warnings.length ? ['', 'Notes on these files:', ...warnings.map((w) => `- ${w}`)] : []),
    '',
  ].join('\r\n');
}

/** One planned workout in one format, named for its day and title. */
export async function exportWorkout(
  ctx: ServiceContext,
  plannedWorkoutId: number,
  format: WorkoutFileFormat,
): Promise<ExportFileBytes> {
  const planId = await findPlanOfPlannedWorkout(ctx.db, plannedWorkoutId);
  if (planId === null)
    throw new AppError('NOT_FOUND', `No planned workout with id ${plannedWorkoutId}`, 'plannedWorkoutId');
  const { plan, prefs } = await loadExportPlan(ctx, planId, false);
  const session = plan.sessions.find((s) => s.id === plannedWorkoutId)!;
  const made = await workoutFile(session, format, plan.thresholds, {
    createdAt: ctx.now(),
    poolLengthMeters: prefs.poolLengthMeters,
  });
  if (!made.ok) throw new AppError('VALIDATION', made.reason, 'format');
  return {
    fileName: made.fileName,
    mimeType: WORKOUT_MIME_TYPES[format],
    bytes: made.bytes,
    warnings: made.warnings,
    summary: `${session.name} as ${format.toUpperCase()}`,
  };
}

/** Every planned workout of a plan (optionally in a range) in one format: the files, and why others were left out. */
export async function exportPlanWorkouts(
  ctx: ServiceContext,
  planId: number,
  format: WorkoutFileFormat,
  range: { from?: string; to?: string } = {},
): Promise<{ files: { fileName: string; bytes: Uint8Array }[]; skipped: string[]; warnings: string[] }> {
  const { plan, prefs } = await loadExportPlan(ctx, planId, false);
  const sessions = sessionsIn(plan, planRange(plan, range.from, range.to));
  const made = await Promise.all(
    sessions.map((s) =>
      workoutFile(s, format, plan.thresholds, { createdAt: ctx.now(), poolLengthMeters: prefs.poolLengthMeters }),
    ),
  );
  const files = made.flatMap((m) => (m.ok ? [m] : []));
  const names = uniqueFileNames(files.map((f) => f.fileName));
  return {
    files: files.map((f, i) => ({ fileName: names[i]!, bytes: f.bytes })),
    skipped: made.flatMap((m) => (m.ok ? [] : [m.reason])),
    warnings: files.flatMap((f) => f.warnings),
  };
}

export async function getExportPreferences(ctx: ServiceContext, athleteId: number): Promise<ExportPreferences> {
  await requireAthlete(ctx, athleteId);
  return findExportPreferences(ctx.db, athleteId);
}

export async function saveExportPreferences(
  ctx: ServiceContext,
  prefs: Omit<ExportPreferences, 'saved'>,
): Promise<ExportPreferences> {
  await requireAthlete(ctx, prefs.athleteId);
  await storeExportPreferences(ctx.db, prefs, ctx.now().toISOString());
  ctx.events.emit({ type: 'data.changed', scope: 'settings', athleteId: prefs.athleteId });
  return findExportPreferences(ctx.db, prefs.athleteId);
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
