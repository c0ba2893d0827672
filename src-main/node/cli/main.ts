import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../../common/contract';
import { UsageError } from './usage-error';
import { runAthletes } from './commands/athletes';
import { runDemo } from './commands/demo';
import { runServe } from './commands/serve';
import { runImport } from './commands/import';
import { runInspect } from './commands/inspect';
import { runPlan } from './commands/plan';
import { runPmc } from './commands/pmc';
import { runRoster } from './commands/roster';

export const USAGE = `Usage: coach <command> [options]

Commands:
  demo --db PATH [--seed N]            create the demo roster (about 24 athletes, two years of data)
  serve [--db PATH] [--port N] [--demo] [--no-open]
                                       browser mode: serve the app on 127.0.0.1 with a per-launch token
  athletes --db PATH --json            list athletes
  athletes add --db PATH --name NAME [--sport run|bike|swim|tri…] [--ftp W] [--lthr BPM]
      [--max-hr BPM] [--resting-hr BPM] [--threshold-pace SEC_PER_KM] [--css SEC_PER_100M] [--weight KG] --json
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
  } catch (error) {
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
