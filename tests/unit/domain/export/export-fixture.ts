import starter from '../../../../resources/workouts/starter-library.json';
import {
  workoutDefinitionSchema,
  type WorkoutDefinition,
} from '../../../../src-main/common/domain/workouts/workout-schema';
import type { ExportPlan, ExportSession } from '../../../../src-main/common/domain/export/export-model';
import { distanceKmBySport } from '../../../../src-main/common/domain/planner/week-distance';
import { summarizeWorkout } from '../../../../src-main/common/domain/workouts/workout-metrics';

/**
 * A fixed two-week plan for the export goldens: fixed dates, thresholds and sessions from the starter
 * library (bike by % FTP, run by pace, by % LTHR and by HR zone, swim by CSS with distances, RPE), plus one bike
 * session at exactly 125 % FTP, so rounding drift would show.
 */
export const FIXED_STAMP = new Date('2027-01-04T08:00:00Z');
export const THRESHOLDS = { ftp: 260, lthr: 172, maxHr: 190, restingHr: 48, thresholdPace: 255, css: 95 };

/**
 * The 40 min HR zone 2 step of run-aerobic-hr in the athlete's beats: Friel's running zone 2 runs from
 * 85 % of LTHR (146 bpm of 172) to one beat below zone 3's 90 % (155 bpm).
 */
export const HR_ZONE_2_STEP = 'Work 40 min @ HR zone 2 (146–154 bpm)';

export function libraryWorkout(key: string): WorkoutDefinition {
  const entry = (starter as { key: string }[]).find((w) => w.key === key);
  if (!entry) throw new Error(`no starter workout ${key}`);
  const { key: _key, ...definition } = entry;
  return workoutDefinitionSchema.parse(definition);
}

export const OVER_125: WorkoutDefinition = workoutDefinitionSchema.parse({
  name: 'Supra-threshold 4×4 min, 125 %',
  sport: 'bike',
  category: 'vo2max',
  description: 'Four 4-minute efforts at 125 % of FTP.',
  steps: [
    {
      kind: 'step',
      intent: 'warmup',
      duration: { type: 'time', seconds: 600 },
      target: { type: 'ftpPercent', range: { low: 50, high: 75 } },
    },
    {
      kind: 'repeat',
      count: 4,
      steps: [
        {
          kind: 'step',
          intent: 'work',
          duration: { type: 'time', seconds: 240 },
          target: { type: 'ftpPercent', range: { low: 125, high: 125 } },
        },
        {
          kind: 'step',
          intent: 'recovery',
          duration: { type: 'time', seconds: 240 },
          target: { type: 'ftpPercent', range: { low: 50, high: 50 } },
        },
      ],
    },
    {
      kind: 'step',
      intent: 'cooldown',
      duration: { type: 'lapButton', estimatedSeconds: 600 },
      target: { type: 'open' },
    },
  ],
});

const SCHEDULE: [number, string, WorkoutDefinition][] = [
  [101, '2027-01-05', libraryWorkout('bike-sweet-spot-2x20')],
  [102, '2027-01-06', libraryWorkout('run-threshold-5x1k')],
  [103, '2027-01-07', libraryWorkout('swim-css-10x100')],
  [110, '2027-01-08', libraryWorkout('run-aerobic-hr')],
  [104, '2027-01-09', libraryWorkout('run-recovery-rpe')],
  [105, '2027-01-10', libraryWorkout('run-long')],
  [106, '2027-01-12', OVER_125],
  [107, '2027-01-13', libraryWorkout('run-threshold-hr')],
  [108, '2027-01-14', libraryWorkout('bike-vo2-30-30')],
  [109, '2027-01-16', libraryWorkout('strength-mobility')],
];

export function fixedPlan(overrides: Partial<ExportPlan> = {}): ExportPlan {
  const sessions: ExportSession[] = SCHEDULE.map(([id, date, definition]) => {
    const summary = summarizeWorkout(definition, THRESHOLDS);
    const weekIndex = date < '2027-01-11' ? 1 : 2;
    return {
      id,
      date,
      name: definition.name,
      sport: definition.sport,
      plannedSeconds: summary.seconds,
      plannedMeters: summary.meters,
      plannedLoad: summary.load,
      definition,
      weekIndex,
      phase: weekIndex === 1 ? 'base' : 'build',
    };
  });
  const weekDistance = (weekIndex: number) =>
    distanceKmBySport(
      sessions.filter((s) => s.weekIndex === weekIndex).map((s) => ({ sport: s.sport, meters: s.plannedMeters })),
    );
  return {
    planId: 7,
    planName: 'Half marathon 2027: 2-week sample',
    athleteName: 'Ana Ruiz',
    raceName: 'Valencia Half',
    raceDate: '2027-01-17',
    startDate: '2027-01-04',
    weeks: [
      {
        index: 1,
        startDate: '2027-01-04',
        phase: 'base',
        recovery: false,
        targetLoad: 420,
        targetHours: 7.5,
        plannedLoad: 401,
        plannedHours: 7.1,
        plannedDistanceKm: weekDistance(1),
      },
      {
        index: 2,
        startDate: '2027-01-11',
        phase: 'build',
        recovery: false,
        targetLoad: 460,
        targetHours: 8,
        plannedLoad: 455,
        plannedHours: 7.8,
        plannedDistanceKm: weekDistance(2),
      },
    ],
    sessions,
    thresholds: THRESHOLDS,
    coachNotes: [],
    ...overrides,
  };
}
