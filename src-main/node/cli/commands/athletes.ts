import { SPORTS, type Sport, type ThresholdValues } from '../../../common/contract';
import { createAthlete, listAthletes } from '../../services/athletes';
import { type CliIo, parseOptions } from '../main';
import { ATHLETE_THRESHOLD_FLAGS, thresholdFlagOptions, thresholdsFromFlags } from '../threshold-flags';
import { UsageError } from '../usage-error';
import { withApp } from '../with-app';

export async function runAthletes(args: string[], io: CliIo): Promise<number> {
  if (args[0] === 'add') return addAthlete(args.slice(1), io);
  const { values } = parseOptions(args, { db: { type: 'string' }, json: { type: 'boolean' }, archived: { type: 'boolean' } });
  return withApp(values.db, async (app) => {
    const athletes = await listAthletes(app.ctx, values.archived ?? false);
    if (values.json) io.stdout(JSON.stringify(athletes, null, 2));
    else for (const a of athletes) io.stdout(`${String(a.id).padStart(4)}  ${a.name.padEnd(28)} ${a.sports.join(',')}${a.isDemo ? '  (demo)' : ''}`);
    return 0;
  });
}

async function addAthlete(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    name: { type: 'string' },
    sport: { type: 'string', multiple: true },
    ...thresholdFlagOptions(ATHLETE_THRESHOLD_FLAGS),
  });
  if (!values.name) throw new UsageError('--name is required');
  const sports = (values.sport ?? ['run']).flatMap((s) => s.split(','));
  for (const s of sports) {
    if (!(SPORTS as readonly string[]).includes(s)) throw new UsageError(`--sport must be one of ${SPORTS.join('|')}, got "${s}"`);
  }
  const thresholds: ThresholdValues = thresholdsFromFlags(values, ATHLETE_THRESHOLD_FLAGS);
  return withApp(values.db, async (app) => {
    const athlete = await createAthlete(app.ctx, { name: values.name!, sports: sports as Sport[], thresholds });
    io.stdout(values.json ? JSON.stringify(athlete, null, 2) : `Added athlete ${athlete.id}: ${athlete.name}`);
    return 0;
  });
}
