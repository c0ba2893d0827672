import { z } from 'zod';
import type { FormZoneId } from '../domain/load/form-zones';
import type { LoadWarnings } from '../domain/load/load-warnings';
import type { LabelledPmcConvention } from '../domain/load/pmc-convention';
import type { PmcRow } from '../domain/load/pmc';
import type { RecentCompliance } from '../domain/planner/compliance';
import type { Phase } from '../domain/planner/types';
import type { WeeklyZoneTime } from '../domain/load/time-in-zones';
import type { WeeklyVolume } from '../domain/load/weekly-volume';
import type { CriticalPowerFit } from '../domain/performance/critical-power';
import type { FtpEstimate } from '../domain/performance/ftp-estimate';
import type { BestEffort } from '../domain/performance/mean-maximal-envelope';
import type { ThresholdPowerTrend } from '../domain/performance/threshold-power-trend';
import type { BandPosition, TrendDirection } from '../domain/wellness/rolling-baseline';
import type { WellnessMarkerId } from '../domain/wellness/wellness-markers';
import type { CallStatus } from '../domain/briefs/call-status';
import type { Severity } from '../domain/anomalies/types';
import { isoDateSchema } from '../domain/accepted-dates';
import type { Sport } from '../domain/sports';
import { call } from './call';
import { idSchema } from './schemas';

/** A marker's 7-day mean against its 60-day baseline band (docs/domain.md#wellness); nulls when there are too few readings. */
export interface MarkerStatusSummary {
  position: BandPosition | null;
  trend: TrendDirection | null;
  recentMean: number | null;
  band: { low: number; high: number } | null;
}

/** One roster line: today's stored PMC values (in the athlete's local date) and wellness status. */
export interface RosterRow {
  id: number;
  name: string;
  sports: Sport[];
  tags: string[];
  isDemo: boolean;
  /** The athlete's local date the values are for. */
  today: string;
  /** Null for an athlete without training history. */
  ctl: number | null;
  atl: number | null;
  tsb: number | null;
  formZone: { id: FormZoneId; label: string } | null;
  /** CTL today minus CTL 7 days ago. */
  ramp7d: number | null;
  load7d: number | null;
  load28d: number | null;
  acwr: number | null;
  warnings: LoadWarnings | null;
  /** HRV as ln(rMSSD). */
  hrvStatus: MarkerStatusSummary;
  restingHrStatus: MarkerStatusSummary;
  /** Start of the most recent activity: what the athlete's device last recorded. */
  lastUploadAt: string | null;
  daysSinceUpload: number | null;
  activityCount: number;
  convention: LabelledPmcConvention;
  /** The earliest race ahead: an active plan's goal race or a race logged as an event. */
  nextRace: { date: string; name: string; daysAway: number; planId: number | null } | null;
  /** The athlete's active plan and where today falls in it (phase null before it starts). */
  plan: { id: number; weekIndex: number | null; weeks: number; phase: Phase | null; recovery: boolean } | null;
  /** Planned vs done over the last 7 days of the active plan; null when nothing was planned. */
  compliance: RecentCompliance | null;
  /** Anomalies still needing the coach (open or acknowledged) and the worst of their severities. */
  anomalies: { open: number; worst: Severity | null };
  /** The call cadence and whether a call is due. */
  call: CallStatus;
}

/** A stored PMC day as the UI and scripts see it: the domain row without the EWMA state kept for resuming. */
export type PmcDay = Omit<PmcRow, 'acuteEwma' | 'chronicEwma'>;

export interface PmcSeedInput {
  /** First day of the computed history; ctl and atl are the values of the day before it. */
  date: string;
  ctl: number;
  atl: number;
}

export interface PmcSeries {
  athleteId: number;
  convention: LabelledPmcConvention;
  /** One entry per calendar day, rest days included, within the athlete's history (first activity or seed to today). */
  days: PmcDay[];
}

export interface AnalyticsSettings {
  athleteId: number;
  convention: LabelledPmcConvention;
  seed: PmcSeedInput | null;
  defaultConvention: LabelledPmcConvention;
}

export interface WellnessMarkerDay {
  /** The day's reading in the marker's unit (ln ms for HRV); null when not measured. */
  value: number | null;
  /** 7-day rolling mean, null with fewer than 3 readings. */
  recentMean: number | null;
  baselineMean: number | null;
  band: { low: number; high: number } | null;
  position: BandPosition | null;
  trend: TrendDirection | null;
  /** Outside the band on the side that usually means poor recovery. */
  concerning: boolean;
}

export interface WellnessSeriesDay {
  date: string;
  rmssd: number | null;
  restingHr: number | null;
  sleepHours: number | null;
  markers: Record<WellnessMarkerId, WellnessMarkerDay>;
}

export interface WellnessSeries {
  athleteId: number;
  markers: { id: WellnessMarkerId; label: string; unit: string; concerningSide: BandPosition }[];
  days: WellnessSeriesDay[];
}

export interface ZoneTimeSeries {
  zones: { id: string; label: string }[];
  weeks: WeeklyZoneTime[];
  /** Activities of the period that carried zone times for this model. */
  activities: number;
}

export interface WeeklySummary {
  athleteId: number;
  weeks: WeeklyVolume[];
  /** Only models with stored zone times (needs streams and the matching threshold). */
  timeInZones: { power: ZoneTimeSeries | null; hr: ZoneTimeSeries | null; pace: ZoneTimeSeries | null };
}

export interface PeriodCurves {
  from: string;
  to: string;
  /** Best power per duration from rides, W. */
  power: BestEffort[];
  /** Best speed per duration from runs, m/s (pace = 1000 / value s/km). */
  pace: BestEffort[];
  criticalPower: CriticalPowerFit | null;
  ftp: FtpEstimate | null;
  /** Activities in the period that carried a stored curve. */
  activitiesWithCurves: number;
}

export interface PerformanceCurves {
  athleteId: number;
  period: PeriodCurves;
  comparison: PeriodCurves | null;
  /** CP, W′ and estimated FTP of rolling 6-week windows, weekly through the period. */
  thresholdPowerTrend: ThresholdPowerTrend;
}

/** Five years: enough for any season comparison, small enough that one call stays quick. */
const MAX_RANGE_DAYS = 1830;

function checkRange(from: string | undefined, to: string | undefined, path: string, ctx: z.RefinementCtx) {
  if (from === undefined || to === undefined) return;
  if (from > to) ctx.addIssue({ code: 'custom', path: [path], message: `must not be after ${to}` });
  else if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_RANGE_DAYS) {
    ctx.addIssue({ code: 'custom', path: [path], message: `range must span at most ${MAX_RANGE_DAYS} days` });
  }
}

const athleteRange = z
  .object({ athleteId: idSchema, from: isoDateSchema, to: isoDateSchema })
  .strict()
  .superRefine((v, ctx) => checkRange(v.from, v.to, 'from', ctx));

const timeConstantSchema = z.number().int().min(1).max(365);

export const pmcSeedSchema = z
  .object({ date: isoDateSchema, ctl: z.number().min(0).max(300), atl: z.number().min(0).max(500) })
  .strict();

/** Calls of the load-analytics feature: roster, PMC, its convention, wellness trends, weekly volume, curves. */
export const analyticsCalls = {
  'analytics.roster': call<RosterRow[]>()(z.object({}).strict().default({})),
  'analytics.pmc': call<PmcSeries>()(
    z
      .object({ athleteId: idSchema, from: isoDateSchema.optional(), to: isoDateSchema.optional() })
      .strict()
      .superRefine((v, ctx) => {
        if (v.from !== undefined && v.to !== undefined && v.from > v.to) {
          ctx.addIssue({ code: 'custom', path: ['from'], message: `must not be after ${v.to}` });
        }
      }),
  ),
  'analytics.settings.get': call<AnalyticsSettings>()(z.object({ athleteId: idSchema }).strict()),
  /** Omitted fields keep their value; `seed: null` removes the seed. The stored PMC is recomputed. */
  'analytics.settings.update': call<AnalyticsSettings>()(
    z
      .object({
        athleteId: idSchema,
        smoothing: z.enum(['trainingpeaks', 'goldencheetah']).optional(),
        formTiming: z.enum(['previous-day', 'same-day']).optional(),
        ctlDays: timeConstantSchema.optional(),
        atlDays: timeConstantSchema.optional(),
        seed: pmcSeedSchema.nullable().optional(),
      })
      .strict(),
  ),
  'analytics.wellness': call<WellnessSeries>()(athleteRange),
  'analytics.weekly': call<WeeklySummary>()(athleteRange),
  'analytics.curves': call<PerformanceCurves>()(
    z
      .object({
        athleteId: idSchema,
        from: isoDateSchema,
        to: isoDateSchema,
        compareFrom: isoDateSchema.optional(),
        compareTo: isoDateSchema.optional(),
      })
      .strict()
      .superRefine((v, ctx) => {
        checkRange(v.from, v.to, 'from', ctx);
        if ((v.compareFrom === undefined) !== (v.compareTo === undefined)) {
          ctx.addIssue({
            code: 'custom',
            path: ['compareFrom'],
            message: 'give both compareFrom and compareTo, or neither',
          });
        }
        checkRange(v.compareFrom, v.compareTo, 'compareFrom', ctx);
      }),
  ),
} as const;
