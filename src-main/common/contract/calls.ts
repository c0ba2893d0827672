import { z } from 'zod';
import {
  athletePatchSchema,
  eventKindSchema,
  idSchema,
  isoDateSchema,
  newAthleteSchema,
  settingsSchema,
  thresholdMetricSchema,
  thresholdRanges,
} from './schemas';
import type {
  ActivitySummary,
  AppInfo,
  Athlete,
  AthleteEvent,
  AthleteSummary,
  DemoSummary,
  WellnessDay,
} from './types';
import type { Settings } from './schemas';

import { call } from './call';

const none = z.object({}).strict().default({});

/** The app-wide calls: athletes, thresholds, activities, wellness, notes/events, settings, demo. */
export const coreCalls = {
  'app.info': call<AppInfo>()(none),
  'settings.update': call<Settings>()(settingsSchema.partial()),

  'athletes.list': call<AthleteSummary[]>()(
    z.object({ includeArchived: z.boolean().optional() }).strict().default({}),
  ),
  'athletes.get': call<Athlete>()(z.object({ id: idSchema }).strict()),
  'athletes.create': call<Athlete>()(newAthleteSchema),
  'athletes.update': call<Athlete>()(
    z.object({ id: idSchema, patch: athletePatchSchema }).strict(),
  ),
  'athletes.setArchived': call<Athlete>()(
    z.object({ id: idSchema, archived: z.boolean() }).strict(),
  ),
  'athletes.delete': call<{ deleted: number }>()(
    z.object({ id: idSchema, confirmName: z.string() }).strict(),
  ),
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

  'wellness.list': call<WellnessDay[]>()(
    z.object({ athleteId: idSchema, from: isoDateSchema, to: isoDateSchema }).strict(),
  ),
  'events.list': call<AthleteEvent[]>()(
    z.object({ athleteId: idSchema }).strict(),
  ),
  'events.create': call<AthleteEvent>()(
    z
      .object({
        athleteId: idSchema,
        kind: eventKindSchema,
        startDate: isoDateSchema,
        endDate: isoDateSchema.nullable().optional(),
        title: z.string().trim().min(1).max(200),
        body: z.string().max(10_000).optional(),
      })
      .strict(),
  ),

  'demo.load': call<DemoSummary>()(
    z.object({ seed: z.number().int().min(0).max(2 ** 31).optional() }).strict().default({}),
  ),

} as const;

