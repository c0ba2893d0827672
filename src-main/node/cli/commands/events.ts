import { coreCalls } from '../../../common/contract';
import { racePriorityLabel } from '../../../common/domain/events/race-details';
import { createAthleteEvent } from '../../services/athlete-events';
import type { CliIo } from '../command';
import { contractInput, numberOption, parseOptions } from '../options';
import { UsageError } from '../usage-error';
import { withApp } from '../with-app';

/** The CLI spells kinds with hyphens, as people type them; the database keeps the contract's names. */
const KINDS: Record<string, 'travel' | 'illness' | 'injury' | 'life_stress' | 'race'> = {
  travel: 'travel',
  illness: 'illness',
  injury: 'injury',
  'life-stress': 'life_stress',
  race: 'race',
};

/**
 * `coach events add --athlete ID --kind travel|illness|injury|life-stress|race --from D [--to D]
 * [--name|--title T] [--note T] [--priority A|B|C] [--race-type T] [--json]`.
 * A race without --race-type gets the type its name says (the service reads it from the title); the
 * contract refuses --priority and --race-type on other kinds.
 */
export async function runEvents(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'add') throw new UsageError(`events needs "add", got ${sub === undefined ? 'nothing' : `"${sub}"`}`);
  const { values } = parseOptions(rest, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    athlete: { type: 'string' },
    kind: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    note: { type: 'string' },
    title: { type: 'string' },
    name: { type: 'string' },
    priority: { type: 'string' },
    'race-type': { type: 'string' },
  });
  if (values.athlete === undefined) throw new UsageError('--athlete is required');
  const kind = values.kind === undefined ? undefined : KINDS[values.kind];
  if (!kind) throw new UsageError(`--kind must be one of ${Object.keys(KINDS).join(', ')}`);
  if (values.from === undefined) throw new UsageError('--from is required (YYYY-MM-DD)');
  if (values.name !== undefined && values.title !== undefined)
    throw new UsageError('give --name or --title, not both (they are the same)');
  const input = contractInput(coreCalls['events.create'].input, {
    athleteId: numberOption(values.athlete, 'athlete'),
    kind,
    startDate: values.from,
    endDate: values.to ?? null,
    title: values.name ?? values.title ?? (values.note?.split(/[.\n]/)[0]?.slice(0, 120) || values.kind),
    body: values.note ?? '',
    priority: values.priority?.toUpperCase(),
    raceType: values['race-type'],
  });
  return withApp(values.db, async (app) => {
    const event = await createAthleteEvent(app.ctx, input);
    const details = [values.kind, event.priority && racePriorityLabel(event.priority), event.raceType]
      .filter(Boolean)
      .join(', ');
    io.stdout(
      values.json
        ? JSON.stringify(event, null, 2)
        : `Event ${event.id} (${details}) added for athlete ${event.athleteId} from ${event.startDate}`,
    );
    return 0;
  });
}
