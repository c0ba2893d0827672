import { addDays } from '../dates';

export interface CallStatus {
  cadenceDays: number | null;
  lastCall: string | null;
  nextCallDue: string | null;
  /** True when a cadence is set and the next call is due today or overdue. */
  due: boolean;
}

/** When the next call is due: a cadence after the last call, or now if there has never been one. */
export function callStatusOf(
  schedule: { cadenceDays: number | null; lastCall: string | null },
  today: string,
): CallStatus {
  if (schedule.cadenceDays === null)
    return { cadenceDays: null, lastCall: schedule.lastCall, nextCallDue: null, due: false };
  const nextCallDue = schedule.lastCall ? addDays(schedule.lastCall, schedule.cadenceDays) : today;
  return { cadenceDays: schedule.cadenceDays, lastCall: schedule.lastCall, nextCallDue, due: nextCallDue <= today };
}
