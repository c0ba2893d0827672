import { z } from 'zod';

/**
 * The dates any call accepts. No training record a coach brings predates 1980 (the first wireless
 * heart-rate monitor, Polar's Sport Tester PE2000, came in 1982), and nothing is planned more than
 * ten years ahead. The bound also keeps every call quick: a day-by-day series (a PMC seed, a plan's
 * projection to race day) from year 0000 or to year 9999 would hold millions of days.
 */
export const EARLIEST_ACCEPTED_DATE = '1980-01-01';
export const YEARS_ACCEPTED_AHEAD = 10;

/** The last accepted date: 31 December, YEARS_ACCEPTED_AHEAD years after `today`'s year. */
export function latestAcceptedDate(today: Date): string {
  return `${today.getUTCFullYear() + YEARS_ACCEPTED_AHEAD}-12-31`;
}

/** Every date field of the contract: an ISO calendar date inside the accepted range (read against the clock when validated). */
export const isoDateSchema = z.iso.date().pipe(
  z.string().superRefine((date, ctx) => {
    const latest = latestAcceptedDate(new Date());
    if (date < EARLIEST_ACCEPTED_DATE || date > latest) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a date from ${EARLIEST_ACCEPTED_DATE} to ${latest}, got ${date}`,
      });
    }
  }),
);
