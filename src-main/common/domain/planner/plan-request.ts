import { z } from 'zod';
import { isoDateSchema } from '../accepted-dates';
import { freeText } from '../free-text';
import { LOADING_PATTERNS, RACE_TYPES } from './types';

const hoursSchema = z.number().min(0).max(12);

export const guardrailsPatchSchema = z
  .object({
    minWeeklyHours: z.number().min(0).max(40),
    maxWeeklyHours: z.number().min(1).max(40),
    minWeeklyLoad: z.number().min(0).max(3000).nullable(),
    maxWeeklyLoad: z.number().min(50).max(3000).nullable(),
    maxRampPerWeek: z.number().min(1).max(15),
    maxHighIntensityShare: z.number().min(0).max(0.5),
    maxSessionSeconds: z
      .number()
      .int()
      .min(1800)
      .max(12 * 3600),
    allowBackToBackHardDays: z.boolean(),
    maxAcwr: z.number().min(1).max(2),
  })
  .partial()
  .strict()
  .refine(
    (g) => g.minWeeklyHours === undefined || g.maxWeeklyHours === undefined || g.minWeeklyHours <= g.maxWeeklyHours,
    {
      message: 'minimum weekly hours must not exceed the maximum',
      path: ['minWeeklyHours'],
    },
  );

/** What the coach asks the planner for: the goal race, the block's shape and its limits. */
export const planRequestSchema = z
  .object({
    raceDate: isoDateSchema,
    raceType: z.enum(RACE_TYPES),
    raceName: freeText().trim().max(120).default(''),
    /** Weeks up to race week; 18 when neither it nor a start date is given. */
    weeks: z.number().int().min(8, 'a block needs at least 8 weeks').max(30, 'a block has at most 30 weeks').optional(),
    /**
     * The block's first day (its week's Monday), instead of counting weeks back from the race; may be in the
     * past: the weeks already done are the athlete's history and the rest is planned from today.
     */
    startDate: isoDateSchema.optional(),
    /** The coach's week-1 load instead of the athlete's recent normal week, with the reason. */
    startLoad: z
      .object({
        load: z.number().min(0).max(3000),
        reason: freeText().trim().min(1, 'say why week 1 starts elsewhere').max(300),
      })
      .strict()
      .optional(),
    /** Share of endurance time per sport for a triathlon, e.g. {swim: 0.2, bike: 0.5, run: 0.3}. */
    sportShare: z
      .object({ swim: z.number().min(0).max(1), bike: z.number().min(0).max(1), run: z.number().min(0).max(1) })
      .strict()
      .optional(),
    /** The goal race's priority on the athlete's calendar (A unless said). */
    racePriority: z.enum(['A', 'B', 'C']).optional(),
    pattern: z.enum(LOADING_PATTERNS).default('3:1'),
    guardrails: guardrailsPatchSchema.default({}),
    /** Hours per weekday, Monday first; defaults suit a working athlete (long day Sunday). */
    availability: z.array(hoursSchema).length(7).optional(),
    longSessionDay: z.number().int().min(0).max(6).optional(),
    tsbWindow: z
      .object({ min: z.number().min(-30).max(40), max: z.number().min(-30).max(40) })
      .strict()
      .refine((w) => w.min < w.max, { message: 'the window needs min below max', path: ['min'] })
      .optional(),
    targetRaceCtl: z.number().min(1).max(250).optional(),
  })
  .strict();

/** What the coach asked for: the new-plan request as the contract parses it. */
export type PlanRequest = z.output<typeof planRequestSchema>;
