import { coreCalls, timeZoneSchema, type Athlete } from '../../../common/contract';
import { SPORTS, type Sport } from '../../../common/domain/sports';
import type { ThresholdValues } from '../../../common/domain/thresholds';
import { createAthlete, listAthletes, updateAthlete } from '../../services/athletes';
import type { CliIo } from '../command';
import { contractInput, numberOption, parseOptions } from '../options';
import { ATHLETE_THRESHOLD_FLAGS, thresholdFlagOptions, thresholdsFromFlags } from '../threshold-flags';
import { UsageError } from '../usage-error';
import { withApp } from '../with-app';

export async function runAthletes(args: string[], io: CliIo): Promise<number> {
  if (args[0] === 'add') return addAthlete(args.slice(1), io);
  if (args[0] === 'update') return changeAthlete(args.slice(1), io);
  const { values } = parseOptions(args, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    archived: { type: 'boolean' },
  });
  return withApp(values.db, async (app) => {
    const athletes = await listAthletes(app.ctx, values.archived ?? false);
    if (values.json) io.stdout(JSON.stringify(athletes, null, 2));
    else
      for (const a of athletes)
        io.stdout(
          `${String(a.id).padStart(4)}  ${a.name.padEnd(28)} ${a.sports.join(',')}${a.isDemo ? '  (demo)' : ''}`,
        );
    return 0;
  });
}

async function addAthlete(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    name: { type: 'string' },
    sport: { type: 'string', multiple: true },
    tz: { type: 'string' },
    ...thresholdFlagOptions(ATHLETE_THRESHOLD_FLAGS),
  });
  if (!values.name) throw new UsageError('--name is required');
  const sports = (values.sport ?? ['run']).flatMap((s) => s.split(','));
  for (const s of sports) {
    if (!(SPORTS as readonly string[]).includes(s))
      throw new UsageError(`--sport must be one of ${SPORTS.join('|')}, got "${s}"`);
  }
  const thresholds: ThresholdValues = thresholdsFromFlags(values, ATHLETE_THRESHOLD_FLAGS);
  const timeZone = values.tz === undefined ? undefined : timeZoneFlag(values.tz);
  return withApp(values.db, async (app) => {
    const athlete = await createAthlete(app.ctx, {
      name: values.name!,
      sports: sports as Sport[],
      thresholds,
      ...(timeZone && { timeZone }),
    });
    io.stdout(values.json ? JSON.stringify(athlete, null, 2) : `Added athlete ${athlete.id}: ${describe(athlete)}`);
    return 0;
  });
}

/** `coach athletes update --id N [--name NAME] [--tz ZONE]`: a new zone re-dates the activities it placed. */
async function changeAthlete(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    id: { type: 'string' },
    name: { type: 'string' },
    tz: { type: 'string' },
  });
  const id = numberOption(values.id, 'id');
  if (id === undefined) throw new UsageError('--id is required');
  if (values.name === undefined && values.tz === undefined)
    throw new UsageError('nothing to change: give --name or --tz');
  const input = contractInput(coreCalls['athletes.update'].input, {
    id,
    patch: {
      ...(values.name !== undefined && { name: values.name }),
      ...(values.tz !== undefined && { timeZone: timeZoneFlag(values.tz) }),
    },
  });
  return withApp(values.db, async (app) => {
    const athlete = await updateAthlete(app.ctx, input.id, input.patch);
    io.stdout(values.json ? JSON.stringify(athlete, null, 2) : `Updated athlete ${athlete.id}: ${describe(athlete)}`);
    return 0;
  });
}

function timeZoneFlag(value: string): string {
  const parsed = timeZoneSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`--tz: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}

function describe(athlete: Athlete): string {
  return `${athlete.name} (time zone ${athlete.timeZone})`;
}
