import { coreCalls } from '../../../common/contract';
import { describeActivityWarning } from '../../../common/domain/activity-warnings';
import { buildActivitiesCsv } from '../../../common/domain/export/activities-csv';
import { metricsLine } from '../../../common/domain/metrics/registry';
import { formatClock, formatDateTime, formatNumber } from '../../../common/format';
import { setActivityStart } from '../../services/activity-dating';
import { listActivityMetrics } from '../../services/activity-metrics-list';
import { getAthlete } from '../../services/athletes';
import type { CliIo } from '../command';
import { contractInput, dateOption, numberOption, parseOptions } from '../options';
import { UsageError } from '../usage-error';
import { withApp } from '../with-app';

export async function runActivities(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'list') return runList(rest, io);
  if (sub !== 'set-date')
    throw new UsageError(`activities needs "list" or "set-date", got ${sub === undefined ? 'nothing' : `"${sub}"`}`);
  return runSetDate(rest, io);
}

/**
 * `coach activities list --athlete ID [--from D] [--to D] [--json | --csv]`: the athlete's activities with
 * every metric of the registry — one line each, JSON, or CSV for a spreadsheet.
 */
async function runList(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    csv: { type: 'boolean' },
    athlete: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  });
  if (values.athlete === undefined) throw new UsageError('--athlete is required');
  if (values.json && values.csv) throw new UsageError('give --json or --csv, not both');
  const athleteId = numberOption(values.athlete, 'athlete')!;
  const from = dateOption(values.from, 'from');
  const to = dateOption(values.to, 'to');
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  return withApp(values.db, async (app) => {
    const rows = await listActivityMetrics(app.ctx, athleteId, { from, to });
    if (values.json) io.stdout(JSON.stringify(rows, null, 2));
    else if (values.csv) io.stdout(buildActivitiesCsv(rows));
    else {
      for (const r of rows) {
        const load = r.load === null ? 'no load' : `load ${formatNumber(r.load)}`;
        io.stdout(
          `${r.id}  ${r.localDate}  ${r.sport.padEnd(8)} ${formatClock(r.timerSeconds).padStart(8)}  ${load}  ${r.name}`,
        );
        const measured = metricsLine(r.metrics);
        if (measured) io.stdout(`  ${measured}`);
      }
    }
    return 0;
  });
}

/**
 * `coach activities set-date --activity ID --start YYYY-MM-DDTHH:MM [--json]`: the real start, in the
 * athlete's zone, of an activity whose device clock was not set.
 */
async function runSetDate(rest: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(rest, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    activity: { type: 'string' },
    start: { type: 'string' },
  });
  if (values.activity === undefined) throw new UsageError('--activity is required');
  if (values.start === undefined)
    throw new UsageError("--start is required: the start in the athlete's time zone, YYYY-MM-DDTHH:MM");
  const input = contractInput(coreCalls['activities.setStart'].input, {
    id: numberOption(values.activity, 'activity'),
    localStart: values.start,
  });
  return withApp(values.db, async (app) => {
    const { activity } = await setActivityStart(app.ctx, input);
    if (values.json) {
      io.stdout(JSON.stringify(activity, null, 2));
    } else {
      const { timeZone } = await getAthlete(app.ctx, activity.athleteId);
      const notes = activity.warnings.map((w) => describeActivityWarning(w, timeZone)).join('; ');
      io.stdout(
        `Activity ${activity.id} "${activity.name}" now starts ${formatDateTime(activity.startTime, timeZone)} (${timeZone}), day ${activity.localDate}. ${notes}`,
      );
    }
    return 0;
  });
}
