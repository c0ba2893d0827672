import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import { AppError, isoDateSchema } from '../../common/contract';
import { storageProblem } from '../db/storage-errors';
import { UsageError } from './usage-error';
import { runActivities } from './commands/activities';
import { runAnomalies } from './commands/anomalies';
import { runAthletes } from './commands/athletes';
import { runBrief } from './commands/brief';
import { runDemo } from './commands/demo';
import { runEvents } from './commands/events';
import { runExport } from './commands/export';
import { runServe } from './commands/serve';
import { runImport } from './commands/import';
import { runInspect } from './commands/inspect';
import { runNotes } from './commands/notes';
import { runPlan } from './commands/plan';
import { runPmc } from './commands/pmc';
import { runRoster } from './commands/roster';
import { runWellness } from './commands/wellness';

export const USAGE = `Usage: coach <command> [options]

Commands:
  demo --db PATH [--seed N]            create the demo roster (about 24 athletes, two years of data)
  serve [--db PATH] [--port N] [--demo] [--no-open]
                                       browser mode: serve the app on 127.0.0.1 with a per-launch token
  athletes --db PATH --json            list athletes
  athletes add --db PATH --name NAME [--sport run|bike|swim|tri…] [--ftp W] [--lthr BPM]
      [--max-hr BPM] [--resting-hr BPM] [--threshold-pace SEC_PER_KM] [--css SEC_PER_100M] [--weight KG]
      [--tz ZONE] --json                 ZONE: the athlete's IANA time zone (default: this computer's)
  athletes update --db PATH --id ID [--name NAME] [--tz ZONE] --json
                                       rename an athlete or change their time zone (their activities
                                       dated by the zone, not by their file, move with it)
  import PATH… [--athlete ID] [--db PATH] [--json]
                                       import FIT/TCX/GPX files, .zip archives and folders (recursively)
  inspect FILE --json [--ftp W] [--lthr BPM] [--max-hr BPM] [--resting-hr BPM]
      [--threshold-pace SEC_PER_KM] [--css SEC_PER_100M]
                                       decode a file and compute its metrics without any database
  roster --db PATH --json              today's CTL, ATL, form, ramp, ACWR and HRV status of every athlete
  pmc --db PATH --athlete ID [--from DATE] [--to DATE] --json
                                       daily load, CTL, ATL, TSB and ramp, one entry per calendar day
  plan create --db PATH --athlete ID --race-date D --race-type marathon|half-marathon|10k|70.3|ironman|gran-fondo|custom
      [--weeks 18] [--pattern 3:1|2:1|none] [--max-ramp N] [--max-weekly-hours H] [--min-weekly-hours H] [--json]
                                       build a periodised block back from race day, with its fitness projection
  plan show PLAN --db PATH --json      a plan's weeks, projection, race day and sessions
  export plan PLAN --db PATH --format ics|csv|pdf|zip --out FILE [--from D] [--to D] [--week N]
      [--include-coach-notes] [--workout-formats fit,zwo,erg,mrc,txt,html]
                                       the plan as a calendar, spreadsheet, printable PDF or an athlete bundle
  export workouts PLAN --db PATH --format fit|zwo|erg|mrc|txt|html --out DIR [--from D] [--to D]
                                       one file per planned workout (ZWO: bike and run; ERG/MRC: bike)
  notes add --db PATH --athlete ID --date D --text T [--author coach|athlete] [--json]
                                       a note about the athlete (the anomaly rules read it)
  events add --db PATH --athlete ID --kind travel|illness|injury|life-stress|race --from D [--to D] [--note T]
      [--name|--title T] [--priority A|B|C] [--race-type marathon|half-marathon|10k|70.3|ironman|gran-fondo|custom] [--json]
                                       log context: travel, illness, injury, life stress or a race (a race is B
                                       unless given --priority; its type is read from the name unless given)
  activities list --db PATH --athlete ID [--from D] [--to D] [--json | --csv]
                                       the athlete's activities with every activity metric (NP, IF, TSS, EF …);
                                       --csv writes one row per activity for a spreadsheet
  activities set-date --db PATH --activity ID --start YYYY-MM-DDTHH:MM [--json]
                                       the real start, in the athlete's time zone, of an activity whose
                                       device clock was not set ("date unknown"); the PMC follows it
  anomalies --db PATH [--athlete ID] [--state open|acknowledged|snoozed|resolved|active|all] [--rule R] --json
                                       re-evaluate the rules, then list anomalies with their reasons and evidence
  brief --db PATH --athlete ID --out FILE.pdf
                                       the call brief (numbers, anomalies, injuries, plan, agenda) as a PDF
  wellness import FILE --athlete ID [--db PATH] [--json]
                                       import a wellness CSV (HRV4Training, Elite HRV or the template);
                                       bad rows are reported by line and skipped

Every command takes --db PATH (default: $COACH_DB, else the desktop app's database) and --json.
Exit status: 0 success, 1 the work failed, 2 bad usage.`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;

const commands: Record<string, Command> = {
  demo: runDemo,
  serve: runServe,
  athletes: runAthletes,
  import: runImport,
  inspect: runInspect,
  roster: runRoster,
  pmc: runPmc,
  plan: runPlan,
  export: runExport,
  notes: runNotes,
  events: runEvents,
  anomalies: runAnomalies,
  activities: runActivities,
  brief: runBrief,
  wellness: runWellness,
};

/** Parses options strictly so a typo is a usage error, not a silently ignored flag. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new UsageError(`--${name} must be a number, got "${value}"`);
  return n;
}

/** A date option, checked against the contract's one date schema (format and accepted range). */
export function dateOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const issue = isoDateSchema.safeParse(value).error?.issues[0];
  if (issue) throw new UsageError(issue.code === 'invalid_format' ? `--${name} must be a date like 2026-03-01, got "${value}"` : `--${name} ${issue.message}`);
  return value;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`coach: unknown command "${name}". Run "coach --help".`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (thrown) {
    const error = storageProblem(thrown) ?? thrown;
    if (error instanceof UsageError) {
      io.stderr(`coach ${name}: ${error.message}`);
      return 2;
    }
    if (error instanceof AppError) {
      io.stderr(`coach ${name}: ${error.field ? `${error.field}: ` : ''}${error.message}`);
      return 1;
    }
    io.stderr(`coach ${name}: ${(error as Error).message ?? String(error)}`);
    return 1;
  }
}

/** Checks options against a call's contract schema, so the CLI accepts exactly what the app accepts. */
export function contractInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new UsageError(`${issue.path.map(String).join('.') || 'input'}: ${issue.message}`);
}
