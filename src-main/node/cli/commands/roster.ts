import { loadRoster } from '../../services/analytics-roster';
import type { CliIo } from '../command';
import { parseOptions } from '../options';
import { withApp } from '../with-app';
import { formatNumber } from '../../../common/format';

const fixed = (v: number | null, digits = 0) => (v === null ? '–' : formatNumber(v, digits));

/** `coach roster --db PATH [--json]`: today's CTL, ATL, form and wellness status of every athlete. */
export async function runRoster(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, { db: { type: 'string' }, json: { type: 'boolean' } });
  return withApp(values.db, async (app) => {
    const rows = await loadRoster(app.ctx);
    if (values.json) {
      io.stdout(JSON.stringify(rows, null, 2));
      return 0;
    }
    io.stdout(`${'athlete'.padEnd(28)}   CTL   ATL   TSB  form              ramp  ACWR  HRV      last upload`);
    for (const r of rows) {
      io.stdout(
        [
          r.name.padEnd(28),
          fixed(r.ctl).padStart(5),
          fixed(r.atl).padStart(5),
          fixed(r.tsb).padStart(5),
          (r.formZone?.label ?? '–').padEnd(16),
          fixed(r.ramp7d, 1).padStart(5),
          fixed(r.acwr, 2).padStart(5),
          (r.hrvStatus.position ?? '–').padEnd(8),
          r.daysSinceUpload === null ? 'never' : `${r.daysSinceUpload} d ago`,
        ].join(' '),
      );
    }
    if (rows[0]) io.stdout(`PMC: ${rows[0].convention.label}`);
    return 0;
  });
}
