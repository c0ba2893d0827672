import { z } from 'zod';
import { eventKindSchema } from '../domain/events/event-kinds';
import { freeText } from '../domain/free-text';
import { isoDateSchema } from '../domain/accepted-dates';
import { thresholdMetricSchema, thresholdRanges } from '../domain/thresholds';
import type { WellnessDay } from '../domain/wellness/wellness-day';
import type { EventKind } from '../domain/events/event-kinds';
import type { ActivityLap } from '../domain/activity';
import type { ActivityMetrics } from '../domain/metrics/registry';
import { RACE_PRIORITIES, type RacePriority } from '../domain/events/race-details';
import { RACE_TYPES, type RaceType } from '../domain/planner/types';
import { athletePatchSchema, idSchema, localDateTimeSchema, newAthleteSchema, settingsSchema } from './schemas';
import type { ActivitySummary, AppInfo, Athlete, AthleteEvent, AthleteSummary, DemoSummary } from './types';
import type { Settings } from './schemas';
import { call } from './call';

const none = z.object({}).strict().default({});

const eventFieldsSchema = {
  kind: eventKindSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable().optional(),
  title: freeText().trim().min(1).max(200),
  body: freeText().max(10_000).optional(),
  priority: z.enum(RACE_PRIORITIES).optional(),
  raceType: z.enum(RACE_TYPES).nullable().optional(),
};

function onlyRacesHaveRaceDetails(
  v: { kind: EventKind; priority?: RacePriority | undefined; raceType?: RaceType | null | undefined },
  ctx: z.RefinementCtx,
): void {
  if (v.kind === 'race') return;
  for (const field of ['priority', 'raceType'] as const) {
    if (v[field] !== undefined && v[field] !== null) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `only a race has a ${field === 'raceType' ? 'race type' : 'priority'}; this event is ${v.kind}`,
      });
    }
  }
}

/** Channels the activity detail charts; each is one value per sample, null where the device recorded nothing. */
export type DetailChannel = 'hr' | 'power' | 'speed' | 'altitude' | 'cadence';

export interface ActivityDetail {
  activity: ActivitySummary;
  laps: ActivityLap[];
  /**
   * Bucket means of the 1 Hz streams, at most ACTIVITY_DETAIL_MAX_POINTS per channel (enough for a chart
   * as wide as a screen); `seconds` is each bucket's start since the activity began. Null without streams.
   */
  streams: { seconds: number[]; channels: Partial<Record<DetailChannel, (number | null)[]>> } | null;
  /** Every metric of the registry (NP, IF, TSS, EF …), null where it does not apply; see domain/metrics/registry.ts. */
  metrics: ActivityMetrics;
}

export const ACTIVITY_DETAIL_MAX_POINTS = 2000;

/** The app-wide calls: athletes, thresholds, activities, wellness, notes/events, settings, demo. */
export const coreCalls = {
  'app.info': call<AppInfo>()(none),
  'settings.update': call<Settings>()(settingsSchema.partial()),

  'athletes.list': call<AthleteSummary[]>()(z.object({ includeArchived: z.boolean().optional() }).strict().default({})),
  'athletes.get': call<Athlete>()(z.object({ id: idSchema }).strict()),
  'athletes.create': call<Athlete>()(newAthleteSchema),
  'athletes.update': call<Athlete>()(z.object({ id: idSchema, patch: athletePatchSchema }).strict()),
  'athletes.setArchived': call<Athlete>()(z.object({ id: idSchema, archived: z.boolean() }).strict()),
  'athletes.delete': call<{ deleted: number }>()(z.object({ id: idSchema, confirmName: freeText() }).strict()),
  'thresholds.set': call<Athlete>()(
    z
      .object({
        athleteId: idSchema,
        metric: thresholdMetricSchema,
        value: z.number().positive(),
        validFrom: isoDateSchema,
      })
      .strict()
      .superRefine((v, ctx) => {
        const range = thresholdRanges[v.metric];
        if (v.value < range.min || v.value > range.max) {
          ctx.addIssue({
            code: 'custom',
            path: ['value'],
            message: `${v.metric} must be between ${range.min} and ${range.max} ${range.unit}`,
          });
        }
      }),
  ),

  'activities.list': call<ActivitySummary[]>()(
    z
      .object({
        athleteId: idSchema,
        from: isoDateSchema.optional(),
        to: isoDateSchema.optional(),
        limit: z.number().int().min(1).max(5000).optional(),
      })
      .strict(),
  ),

  'activities.detail': call<ActivityDetail>()(z.object({ id: idSchema }).strict()),
  /** Session RPE (0–10, CR-10) and notes; the load is rescored, as RPE is its fallback without sensors. */
  'activities.annotate': call<ActivityDetail>()(
    z
      .object({
        id: idSchema,
        rpe: z.number().min(0, 'RPE runs from 0 to 10').max(10, 'RPE runs from 0 to 10').nullable().optional(),
        notes: freeText().max(5000).optional(),
      })
      .strict(),
  ),

  /**
   * The real start of an activity its device could not date ('date-unknown'), as wall-clock time in the
   * athlete's zone; it is rescored on its new day and the PMC recomputed from there.
   */
  'activities.setStart': call<ActivityDetail>()(z.object({ id: idSchema, localStart: localDateTimeSchema }).strict()),

  'wellness.list': call<WellnessDay[]>()(
    z.object({ athleteId: idSchema, from: isoDateSchema, to: isoDateSchema }).strict(),
  ),
  'events.list': call<AthleteEvent[]>()(z.object({ athleteId: idSchema }).strict()),
  /**
   * Only a race takes `priority` and `raceType`. A race given no priority is a B race
   * (DEFAULT_RACE_PRIORITY); given no race type, its type is read from the title (inferRaceType), and
   * `raceType: null` records it as unknown.
   */
  'events.create': call<AthleteEvent>()(
    z
      .object({ athleteId: idSchema, ...eventFieldsSchema })
      .strict()
      .superRefine(onlyRacesHaveRaceDetails),
  ),
  /** Replaces every field of the event (athlete excepted), with the same rules and defaults as events.create. */
  'events.update': call<AthleteEvent>()(
    z
      .object({ id: idSchema, ...eventFieldsSchema })
      .strict()
      .superRefine(onlyRacesHaveRaceDetails),
  ),

  'demo.load': call<DemoSummary>()(
    z
      .object({
        seed: z
          .number()
          .int()
          .min(0)
          .max(2 ** 31)
          .optional(),
      })
      .strict()
      .default({}),
  ),
} as const;
