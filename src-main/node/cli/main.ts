import { AppError } from '../../common/contract';
import { storageProblem } from '../db/storage-errors';
import type { CliIo, Command } from './command';
import { UsageError } from './usage-error';

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

/**
 * Each command's module is loaded when that command runs: loading every command's services and
 * libraries made a call take several times as long as the work it does.
 */
const commands: Record<string, () => Promise<Command>> = {
  demo: async () => (await import('./commands/demo')).runDemo,
  serve: async () => (await import('./commands/serve')).runServe,
  athletes: async () => (await import('./commands/athletes')).runAthletes,
  import: async () => (await import('./commands/import')).runImport,
  inspect: async () => (await import('./commands/inspect')).runInspect,
  roster: async () => (await import('./commands/roster')).runRoster,
  pmc: async () => (await import('./commands/pmc')).runPmc,
  plan: async () => (await import('./commands/plan')).runPlan,
  export: async () => (await import('./commands/export')).runExport,
  notes: async () => (await import('./commands/notes')).runNotes,
  events: async () => (await import('./commands/events')).runEvents,
  anomalies: async () => (await import('./commands/anomalies')).runAnomalies,
  activities: async () => (await import('./commands/activities')).runActivities,
  brief: async () => (await import('./commands/brief')).runBrief,
  wellness: async () => (await import('./commands/wellness')).runWellness,
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const loadCommand = commands[name];
  if (!loadCommand) {
    io.stderr(`coach: unknown command "${name}". Run "coach --help".`);
    return 2;
  }
  try {
    const command = await loadCommand();
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
