import type { Random } from './random';

export type SessionSport = 'run' | 'bike' | 'swim' | 'strength';
export type SessionKind =
  'recovery' | 'easy' | 'long' | 'tempo' | 'threshold' | 'intervals' | 'openers' | 'brick' | 'race' | 'strength';

/**
 * One block of a workout at a steady intensity, as a fraction of the athlete's threshold: FTP for
 * power, threshold speed for running, CSS speed for swimming.
 */
export interface Segment {
  seconds: number;
  intensity: number;
  role: 'warmup' | 'work' | 'recovery' | 'steady' | 'cooldown';
}

export const HARD_KINDS: ReadonlySet<SessionKind> = new Set(['tempo', 'threshold', 'intervals']);

const AEROBIC: Record<Exclude<SessionSport, 'strength'>, Record<'recovery' | 'easy' | 'long', number>> = {
  run: { recovery: 0.7, easy: 0.76, long: 0.78 },
  bike: { recovery: 0.5, easy: 0.63, long: 0.66 },
  swim: { recovery: 0.8, easy: 0.86, long: 0.88 },
};
const WORK: Record<Exclude<SessionSport, 'strength'>, Record<'tempo' | 'threshold' | 'intervals', number>> = {
  run: { tempo: 0.9, threshold: 0.98, intervals: 1.07 },
  bike: { tempo: 0.83, threshold: 0.93, intervals: 1.12 },
  swim: { tempo: 0.95, threshold: 1.0, intervals: 1.04 },
};
/** Rep length (s), recovery as a share of the rep, and the most reps a session holds. */
const REPS: Record<'tempo' | 'threshold' | 'intervals', { lengths: number[]; recoveryShare: number; maxReps: number }> =
  {
    tempo: { lengths: [900, 1200, 1500], recoveryShare: 0.25, maxReps: 3 },
    threshold: { lengths: [480, 600, 720], recoveryShare: 0.35, maxReps: 5 },
    intervals: { lengths: [180, 240, 300], recoveryShare: 0.8, maxReps: 8 },
  };
const SWIM_REPS: Record<
  'tempo' | 'threshold' | 'intervals',
  { lengths: number[]; recoveryShare: number; maxReps: number }
> = {
  tempo: { lengths: [360, 480], recoveryShare: 0.1, maxReps: 5 },
  threshold: { lengths: [170, 220], recoveryShare: 0.15, maxReps: 10 },
  intervals: { lengths: [80, 100], recoveryShare: 0.3, maxReps: 16 },
};

/** Breaks a steady stretch into ten-minute blocks with a little drift, as terrain and mood do. */
function steady(seconds: number, intensity: number, random: Random): Segment[] {
  const blocks: Segment[] = [];
  for (let left = seconds; left > 0; left -= 600) {
    blocks.push({ seconds: Math.min(600, left), intensity: intensity + random.normal(0, 0.015), role: 'steady' });
  }
  return blocks;
}

function warmup(sport: Exclude<SessionSport, 'strength'>, seconds: number): Segment {
  return { seconds, intensity: AEROBIC[sport].recovery + 0.03, role: 'warmup' };
}

/** The segments of a session of `seconds`: warm-up, main set, cool-down. */
export function buildSegments(sport: SessionSport, kind: SessionKind, seconds: number, random: Random): Segment[] {
  if (sport === 'strength' || kind === 'strength') return [{ seconds, intensity: 0.6, role: 'steady' }];
  const total = Math.max(600, Math.round(seconds));
  if (kind === 'recovery' || kind === 'easy' || kind === 'long' || kind === 'brick') {
    const base = kind === 'brick' ? AEROBIC[sport].long + 0.06 : AEROBIC[sport][kind];
    const warm = kind === 'brick' ? 0 : Math.min(600, Math.round(total * 0.1));
    return [...(warm > 0 ? [warmup(sport, warm)] : []), ...steady(total - warm, base, random)];
  }
  if (kind === 'openers') {
    const warm = Math.round(total * 0.5);
    const strides = Array.from({ length: 5 }, () => [
      { seconds: 30, intensity: WORK[sport].intervals + 0.05, role: 'work' as const },
      { seconds: 90, intensity: AEROBIC[sport].recovery, role: 'recovery' as const },
    ]).flat();
    const cool = Math.max(120, total - warm - 600);
    return [warmup(sport, warm), ...strides, { seconds: cool, intensity: AEROBIC[sport].easy, role: 'cooldown' }];
  }
  if (kind === 'race') throw new Error('race segments depend on the course; build them with raceSegments');

  const warm = Math.min(900, Math.round(total * 0.25));
  const cool = Math.min(600, Math.round(total * 0.12));
  const main = total - warm - cool;
  const reps = sport === 'swim' ? SWIM_REPS[kind] : REPS[kind];
  const work = random.pick(reps.lengths);
  const rest = Math.round(work * reps.recoveryShare);
  const count = Math.max(1, Math.min(reps.maxReps, Math.floor((main + rest) / (work + rest))));
  const workIntensity = WORK[sport][kind] + random.normal(0, 0.015);
  const set: Segment[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) set.push({ seconds: rest, intensity: AEROBIC[sport].recovery - 0.05, role: 'recovery' });
    set.push({ seconds: work, intensity: workIntensity + random.normal(0, 0.01), role: 'work' });
  }
  const filler = main - count * work - (count - 1) * rest;
  return [
    warmup(sport, warm),
    ...(filler >= 60 ? [{ seconds: filler, intensity: AEROBIC[sport].easy, role: 'steady' as const }] : []),
    ...set,
    { seconds: cool + (filler > 0 && filler < 60 ? filler : 0), intensity: AEROBIC[sport].recovery, role: 'cooldown' },
  ];
}

/**
 * Race pace falls with race duration: IF ≈ 1 − 0.075·ln(hours), so about 1.08 over 20 min, 1.0 over
 * an hour (threshold is roughly one-hour pace) and 0.92 over three hours. Triathlon legs are held
 * back further because two more legs follow.
 */
export function raceIntensity(hours: number, leg: 'single' | 'tri-swim' | 'tri-bike' | 'tri-run'): number {
  const single = Math.min(1.1, Math.max(0.7, 1 - 0.075 * Math.log(Math.max(0.05, hours))));
  const penalty = { single: 0, 'tri-swim': 0.04, 'tri-bike': 0.08, 'tri-run': 0.1 }[leg];
  return single - penalty;
}

/** A race as recorded from the gun: even pacing with a faster finish. */
export function raceSegments(raceSeconds: number, intensity: number): Segment[] {
  const finish = Math.round(Math.min(300, raceSeconds * 0.08));
  return [
    { seconds: Math.round(raceSeconds - finish), intensity, role: 'work' },
    { seconds: finish, intensity: intensity + 0.04, role: 'work' },
  ];
}

/** Time-weighted 4th-power mean of intensity: the segment-level analogue of NP / FTP. */
export function normalisedIntensity(segments: Segment[]): number {
  const seconds = segments.reduce((sum, s) => sum + s.seconds, 0);
  const fourth = segments.reduce((sum, s) => sum + s.seconds * s.intensity ** 4, 0);
  return seconds > 0 ? (fourth / seconds) ** 0.25 : 0;
}
