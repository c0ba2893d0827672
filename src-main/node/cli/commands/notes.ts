import { anomalyCalls } from '../../../common/contract';
import { addNote } from '../../anomalies/notes';
import type { CliIo } from '../command';
import { contractInput, numberOption, parseOptions } from '../options';
import { UsageError } from '../usage-error';
import { withApp } from '../with-app';

/** `coach notes add --athlete ID --date D --text T [--author coach|athlete] [--json]`: the rules read it next run. */
export async function runNotes(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'add') throw new UsageError(`notes needs "add", got ${sub === undefined ? 'nothing' : `"${sub}"`}`);
  const { values } = parseOptions(rest, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    athlete: { type: 'string' },
    date: { type: 'string' },
    text: { type: 'string' },
    author: { type: 'string' },
  });
  if (values.athlete === undefined) throw new UsageError('--athlete is required');
  if (values.date === undefined) throw new UsageError('--date is required (YYYY-MM-DD)');
  if (values.text === undefined) throw new UsageError('--text is required');
  const input = contractInput(anomalyCalls['notes.add'].input, {
    athleteId: numberOption(values.athlete, 'athlete'),
    date: values.date,
    text: values.text,
    ...(values.author !== undefined ? { author: values.author } : {}),
  });
  return withApp(values.db, async (app) => {
    const note = await addNote(app.ctx, input);
    io.stdout(
      values.json
        ? JSON.stringify(note, null, 2)
        : `Note ${note.id} added for athlete ${note.athleteId} on ${note.date}`,
    );
    return 0;
  });
}
