import { coreCalls } from '../../../common/contract';
import { describeActivityWarning } from '../../../common/domain/activity-warnings';
import { formatDateTime } from '../../../common/format';
import { setActivityStart } from '../../services/activity-dating';
import { getAthlete } from '../../services/athletes';
import type { CliIo } from '../command';
import { contractInput, numberOption, parseOptions } from '../options';
import { UsageError } from '../usage-error';
import { withApp } from '../with-app';

/**
 * `coach activities set-date --activity ID --start YYYY-MM-DDTHH:MM [--json]`: the real start, in the
 * athlete's zone, of an activity whose device clock was not set.
 */
export async function runActivities(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'set-date') throw new UsageError(`activities needs "set-date", got ${sub === undefined ? 'nothing' : `"${sub}"`}`);
  const { values } = parseOptions(rest, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    activity: { type: 'string' },
    start: { type: 'string' },
  });
  if (values.activity === undefined) throw new UsageError('--activity is required');
  if (values.start === undefined) throw new UsageError("--start is required: the start in the athlete's time zone, YYYY-MM-DDTHH:MM");
  const input = contractInput(coreCalls['activities.setStart'].input, { id: numberOption(values.activity, 'activity'), localStart: values.start });
  return withApp(values.db, async (app) => {
    const { activity } = await setActivityStart(app.ctx, input);
    if (values.json) {
      io.stdout(JSON.stringify(activity, null, 2));
    } else {
      const { timeZone } = await getAthlete(app.ctx, activity.athleteId);
      const notes = activity.warnings.map((w) => describeActivityWarning(w, timeZone)).join('; ');
      io.stdout(`Activity ${activity.id} "${activity.name}" now starts ${formatDateTime(activity.startTime, timeZone)} (${timeZone}), day ${activity.localDate}. ${notes}`);
    }
    return 0;
  });
}
