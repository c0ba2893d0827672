/** Daily training load keyed by the athlete's local calendar date ('YYYY-MM-DD'); absent days are rest days (0). */
export type DailyLoads = Readonly<Record<string, number>>;

export interface DatedActivityLoad {
  /** The activity's start date in the athlete's local time, so a late-evening session counts on the day it was done. */
  localDate: string;
  /** TSS-scale load; null when no method could score the activity. */
  load: number | null;
}

/** Sums activity loads per local day. Unscored activities add nothing rather than counting as zero-load days. */
export function sumDailyLoads(activities: readonly DatedActivityLoad[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const { localDate, load } of activities) {
    if (load === null || !Number.isFinite(load)) continue;
    totals[localDate] = (totals[localDate] ?? 0) + load;
  }
  return totals;
}
