import { loadDemoRoster } from '../../services/demo';
import type { CliIo } from '../command';
import { numberOption, parseOptions } from '../options';
import { UsageError } from '../usage-error';
import { withApp } from '../with-app';
import { formatNumber } from '../../../common/format';

/** `coach demo --db PATH [--seed N] [--json]`: fills the database with the fictional demo roster. */
export async function runDemo(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    db: { type: 'string' },
    seed: { type: 'string' },
    json: { type: 'boolean' },
  });
  const seed = numberOption(values.seed, 'seed');
  if (seed !== undefined && (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31))
    throw new UsageError('--seed must be an integer from 0 to 2147483648');
  return withApp(values.db, async (app) => {
    const summary = await loadDemoRoster(app.ctx, { seed });
    io.stdout(
      values.json
        ? JSON.stringify(summary, null, 2)
        : `Demo roster loaded into ${app.ctx.dbPath}: ${summary.athletes} athletes, ${summary.activities} activities, ${summary.wellnessDays} wellness days in ${formatNumber(summary.seconds, 1)} s`,
    );
    return 0;
  });
}
