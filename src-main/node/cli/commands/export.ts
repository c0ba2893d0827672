import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import {
  PLAN_FILE_FORMATS,
  planExportSchema,
  WORKOUT_FILE_FORMATS,
  workoutFileFormatSchema,
} from '../../../common/contract/exports';
import { exportPlan, exportPlanWorkouts } from '../../export/export-service';
import type { CliIo } from '../command';
import { dateOption, numberOption, parseOptions } from '../options';
import { UsageError } from '../usage-error';
import { withApp } from '../with-app';

/**
 * `coach export plan PLAN --format ics|csv|pdf|zip --out FILE [--from D] [--to D] [--week N]
 * [--include-coach-notes] [--workout-formats fit,zwo]` and
 * `coach export workouts PLAN --format fit|zwo|erg|mrc|txt|html --out DIR [--from D] [--to D]`.
 */
export async function runExport(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'plan') return runPlanExport(rest, io);
  if (sub === 'workouts') return runWorkoutsExport(rest, io);
  throw new UsageError(`export needs "plan" or "workouts", got ${sub === undefined ? 'nothing' : `"${sub}"`}`);
}

function planIdFrom(positionals: string[], sub: string): number {
  const id = Number(positionals[0]);
  if (positionals.length !== 1 || !Number.isInteger(id) || id <= 0)
    throw new UsageError(`export ${sub} needs one plan id, e.g. "coach export ${sub} 3"`);
  return id;
}

async function runPlanExport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      db: { type: 'string' },
      json: { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      week: { type: 'string' },
      'include-coach-notes': { type: 'boolean' },
      'workout-formats': { type: 'string' },
    },
    true,
  );
  const planId = planIdFrom(positionals, 'plan');
  if (!values.format) throw new UsageError(`--format is required (${PLAN_FILE_FORMATS.join('|')})`);
  if (!values.out) throw new UsageError('--out FILE is required');
  const parsed = planExportSchema.safeParse({
    planId,
    format: values.format,
    ...(values.from === undefined ? {} : { from: values.from }),
    ...(values.to === undefined ? {} : { to: values.to }),
    ...(values.week === undefined ? {} : { week: numberOption(values.week, 'week') }),
    includeCoachNotes: values['include-coach-notes'] === true,
    ...(values['workout-formats'] === undefined ? {} : { workoutFormats: values['workout-formats'].split(',') }),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.');
    const hint =
      field === 'format'
        ? ` (${PLAN_FILE_FORMATS.join('|')})`
        : field.startsWith('workoutFormats')
          ? ` (${WORKOUT_FILE_FORMATS.join(',')})`
          : '';
    throw new UsageError(`${field || 'input'}: ${issue.message}${hint}`);
  }
  const out = values.out;
  return withApp(values.db, async (app) => {
    const file = await exportPlan(app.ctx, parsed.data);
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(out, file.bytes);
    if (values.json)
      io.stdout(
        JSON.stringify({ out, bytes: file.bytes.byteLength, summary: file.summary, warnings: file.warnings }, null, 2),
      );
    else {
      io.stdout(`Wrote ${out} (${file.bytes.byteLength} bytes): ${file.summary}`);
      for (const w of file.warnings) io.stdout(`  note: ${w}`);
    }
    return 0;
  });
}

async function runWorkoutsExport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      db: { type: 'string' },
      json: { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
    },
    true,
  );
  const planId = planIdFrom(positionals, 'workouts');
  const format = workoutFileFormatSchema.safeParse(values.format);
  if (!format.success)
    throw new UsageError(
      `--format must be one of ${WORKOUT_FILE_FORMATS.join('|')}${values.format ? `, got "${values.format}"` : ''}`,
    );
  if (!values.out) throw new UsageError('--out DIR is required');
  const from = dateOption(values.from, 'from');
  const to = dateOption(values.to, 'to');
  const dir = resolve(values.out);
  return withApp(values.db, async (app) => {
    const result = await exportPlanWorkouts(app.ctx, planId, format.data, {
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
    });
    mkdirSync(dir, { recursive: true });
    const written: string[] = [];
    for (const file of result.files) {
      const path = join(dir, file.fileName);
      // File names are made safe when built; this is the last guard against writing outside --out.
      if (!path.startsWith(dir + sep)) throw new Error(`Refusing to write "${file.fileName}" outside ${dir}`);
      writeFileSync(path, file.bytes);
      written.push(path);
    }
    if (values.json)
      io.stdout(JSON.stringify({ files: written, skipped: result.skipped, warnings: result.warnings }, null, 2));
    else {
      io.stdout(`Wrote ${written.length} ${format.data.toUpperCase()} files to ${dir}`);
      for (const s of result.skipped) io.stdout(`  skipped: ${s}`);
      for (const w of result.warnings) io.stdout(`  note: ${w}`);
    }
    return 0;
  });
}
