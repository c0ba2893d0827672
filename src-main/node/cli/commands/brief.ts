import { writeFile } from 'node:fs/promises';
import { renderCallBriefPdf } from '../../anomalies/brief-pdf';
import type { CliIo } from '../command';
import { numberOption, parseOptions } from '../options';
import { UsageError } from '../usage-error';
import { withApp } from '../with-app';

/** `coach brief --athlete ID --out FILE.pdf`: the call brief as a printable PDF. */
export async function runBrief(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    athlete: { type: 'string' },
    out: { type: 'string' },
  });
  if (values.athlete === undefined) throw new UsageError('--athlete is required');
  if (values.out === undefined) throw new UsageError('--out FILE.pdf is required');
  const athleteId = numberOption(values.athlete, 'athlete')!;
  const out = values.out;
  return withApp(values.db, async (app) => {
    const { bytes } = await renderCallBriefPdf(app.ctx, athleteId);
    await writeFile(out, bytes);
    io.stdout(
      values.json
        ? JSON.stringify({ out, bytes: bytes.length })
        : `Call brief written to ${out} (${bytes.length} bytes)`,
    );
    return 0;
  });
}
