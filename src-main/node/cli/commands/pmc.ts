import { getPmcSeries } from '../../services/analytics';
import type { CliIo } from '../command';
import { dateOption, parseOptions } from '../options';
import { UsageError } from '../usage-error';
import { withApp } from '../with-app';
import { formatNumber } from '../../../common/format';

/**
 * `coach pmc --db PATH --athlete ID [--from DATE] [--to DATE] [--json]`: the athlete's daily load,
 * CTL, ATL, TSB and ramp rate, one entry per calendar day (rest days included).
 */
export async function runPmc(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    athlete: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  });
  if (values.athlete === undefined) throw new UsageError('--athlete is required');
  const athleteId = Number(values.athlete);
  if (!Number.isInteger(athleteId) || athleteId <= 0)
    throw new UsageError(`--athlete must be a positive whole number, got "${values.athlete}"`);
  const from = dateOption(values.from, 'from');
  const to = dateOption(values.to, 'to');
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);

  return withApp(values.db, async (app) => {
    const series = await getPmcSeries(app.ctx, athleteId, { from, to });
    const days = series.days.map(({ date, load, ctl, atl, tsb, ramp }) => ({ date, load, ctl, atl, tsb, ramp }));
    if (values.json) {
      io.stdout(JSON.stringify({ convention: series.convention, days }, null, 2));
      return 0;
    }
    io.stdout(`date          load    CTL    ATL    TSB   ramp`);
    for (const d of days) {
      const cells = [d.load, d.ctl, d.atl, d.tsb].map((v) => formatNumber(v, 1).padStart(6));
      io.stdout(`${d.date}  ${cells.join(' ')} ${d.ramp === null ? '     –' : formatNumber(d.ramp, 1).padStart(6)}`);
    }
    io.stdout(`PMC: ${series.convention.label}`);
    return 0;
  });
}
