import type { WorkoutSport } from '../../workouts/workout-schema';

/**
 * Sizing the week's easy time: once the long, key and fixed sessions are placed, easy time is what is
 * left to move the week's load and hours onto their targets. Easy time goes first into easy sessions on
 * free days (each an endurance or a recovery session, with different load per hour), and only when those
 * are full into lengthening the warm-ups and cool-downs of key sessions and the long session's steady
 * part. The levers are how many easy sessions are recovery, and the total easy time.
 */
export interface FillerSlot {
  sport: WorkoutSport;
  /** Room for this slot, seconds (its share of the day's availability, the session guardrail). */
  capacity: number;
  /** Relative share of its sport's easy time (lighter on the day before a hard day). */
  weight: number;
  /** Load per second of the endurance and recovery templates (null: no recovery template). */
  easyRate: number;
  recoveryRate: number | null;
  /** The day after a hard day: recovery is the better choice when the numbers allow. */
  preferRecovery: boolean;
  /** Extra minutes for an already placed session; used only once the sport's easy sessions are full. */
  extension: boolean;
}

export interface FillerTargets {
  /** Load and seconds the easy time should add (may be negative when fixed sessions overshoot). */
  load: number;
  seconds: number;
  /** Bounds on the total easy time, seconds, and the most load the week can still take. */
  minSeconds: number;
  maxSeconds: number;
  maxLoad: number;
  /** The week's whole targets, to weigh a load miss against an hours miss (both relative). */
  weekLoad: number;
  weekSeconds: number;
  /** How the easy time is shared between sports. */
  sportWeights: Partial<Record<WorkoutSport, number>>;
}

export interface FillerSize {
  seconds: number;
  recovery: boolean;
}

/** An easy session shorter than 20 minutes is not worth the changing room; its day becomes a rest day. */
export const MIN_FILLER_SECONDS = 1200;
/** A recovery session longer than an hour stops being recovery; beyond that a slot must be an endurance session. */
const MAX_RECOVERY_SECONDS = 3600;
/**
 * A missed load counts twice a missed hour: load is what the fitness projection runs on, while hours
 * may drift within their ±10 % band to reach it.
 */
const LOAD_MISS_WEIGHT = 2;

/**
 * Shares `total` in proportion to `weights`, never giving any part more than its cap (water-filling:
 * parts whose cap is below the common level are filled, the rest share what is left). All-zero
 * weights share in proportion to the caps.
 */
function waterFill(total: number, weights: readonly number[], caps: readonly number[]): number[] {
  const n = caps.length;
  const noWeights = weights.every((w) => w <= 0);
  const given: number[] = new Array<number>(n).fill(0);
  const open: boolean[] = new Array<boolean>(n);
  let left = total;
  let room = 0;
  for (let i = 0; i < n; i++) {
    open[i] = caps[i]! > 0 && (noWeights || weights[i]! > 0);
    if (open[i]) room += caps[i]!;
  }
  left = Math.min(left, room);
  for (;;) {
    let weightSum = 0;
    for (let i = 0; i < n; i++) if (open[i]) weightSum += noWeights ? caps[i]! : weights[i]!;
    if (weightSum <= 0 || left <= 0) return given;
    const level = left / weightSum;
    let capped = false;
    for (let i = 0; i < n; i++) {
      if (open[i] && caps[i]! <= level * (noWeights ? caps[i]! : weights[i]!)) {
        given[i] = caps[i]!;
        left -= caps[i]!;
        open[i] = false;
        capped = true;
      }
    }
    if (!capped) {
      for (let i = 0; i < n; i++) if (open[i]) given[i] = level * (noWeights ? caps[i]! : weights[i]!);
      return given;
    }
  }
}

/** Groups slots by sport once, so each evaluation only water-fills a handful of numbers. */
function allocator(
  slots: readonly FillerSlot[],
  weights: FillerTargets['sportWeights'],
  recovery: ReadonlySet<number>,
) {
  const sports = [...new Set(slots.map((s) => s.sport))];
  const capOf = (i: number) =>
    recovery.has(i) ? Math.min(slots[i]!.capacity, MAX_RECOVERY_SECONDS) : slots[i]!.capacity;
  const groups = sports.map((sport) => {
    const members = slots.map((s, i) => ({ s, i, cap: capOf(i) })).filter(({ s }) => s.sport === sport);
    const regular = members.filter(({ s }) => !s.extension);
    const extension = members.filter(({ s }) => s.extension);
    return {
      regular: regular.map(({ i }) => i),
      regularWeights: regular.map(({ s }) => s.weight),
      regularCaps: regular.map(({ cap }) => cap),
      regularCap: regular.reduce((a, { cap }) => a + cap, 0),
      extension: extension.map(({ i }) => i),
      extensionCaps: extension.map(({ cap }) => cap),
    };
  });
  const sportWeights = sports.map((s) => weights[s] ?? 0);
  const sportCaps = groups.map((g) => g.regularCap + g.extensionCaps.reduce((a, c) => a + c, 0));
  return (total: number): number[] => {
    const sizes = new Array<number>(slots.length).fill(0);
    waterFill(total, sportWeights, sportCaps).forEach((x, g) => {
      const group = groups[g]!;
      const first = Math.min(x, group.regularCap);
      waterFill(first, group.regularWeights, group.regularCaps).forEach((v, j) => (sizes[group.regular[j]!] = v));
      waterFill(x - first, group.extensionCaps, group.extensionCaps).forEach(
        (v, j) => (sizes[group.extension[j]!] = v),
      );
    });
    return sizes;
  };
}

/**
 * The x in [low, high] where the increasing, piecewise-linear f reaches target: Illinois-style false
 * position, exact within a linear piece, so it lands in a few evaluations.
 */
function solveIncreasing(f: (x: number) => number, target: number, low: number, high: number): number {
  let fLow = f(low);
  if (fLow >= target) return low;
  let fHigh = f(high);
  if (fHigh <= target) return high;
  let side = 0;
  for (let i = 0; i < 40; i++) {
    const x = low + ((target - fLow) * (high - low)) / (fHigh - fLow);
    const fx = f(x);
    if (Math.abs(fx - target) <= 1e-7 * Math.max(1, Math.abs(target)) || high - low < 1e-3) return x;
    if (fx < target) {
      low = x;
      fLow = fx;
      if (side === -1) fHigh = target + (fHigh - target) / 2;
      side = -1;
    } else {
      high = x;
      fHigh = fx;
      if (side === 1) fLow = target - (target - fLow) / 2;
      side = 1;
    }
  }
  return (low + high) / 2;
}

interface Choice {
  sizes: FillerSize[];
  score: number;
  /** Whether this choice falls short of the load target even at the most time allowed. */
  loadShort: boolean;
}

function bestChoice(slots: readonly FillerSlot[], t: FillerTargets): Choice {
  // Recovery goes first to the days after hard days, then to the shortest days.
  const order = slots
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.recoveryRate !== null && !s.extension)
    .sort((a, b) => Number(b.s.preferRecovery) - Number(a.s.preferRecovery) || a.s.capacity - b.s.capacity)
    .map(({ i }) => i);
  const preferred = order.filter((i) => slots[i]!.preferRecovery).length;
  const room = Math.max(
    0,
    Math.min(
      t.maxSeconds,
      slots.reduce((a, s) => a + s.capacity, 0),
    ),
  );
  let best: Choice | null = null;
  let previousScore = Number.POSITIVE_INFINITY;
  for (let k = 0; k <= order.length; k++) {
    // Recovery sessions only lower the load: once a week is short of load at its target hours, more of them cannot help.
    if (k === 1 && best && best.loadShort) break;
    const recovery = new Set(order.slice(0, k));
    const allocate = allocator(slots, t.sportWeights, recovery);
    const rates = slots.map((s, i) => (recovery.has(i) ? s.recoveryRate! : s.easyRate));
    const loadOf = (sizes: number[]) => sizes.reduce((sum, sec, i) => sum + sec * rates[i]!, 0);
    const loadAt = (total: number) => loadOf(allocate(total));
    const high = Number.isFinite(t.maxLoad) ? solveIncreasing(loadAt, t.maxLoad, 0, room) : room;
    const low = Math.min(Math.max(0, t.minSeconds), high);
    const loadShort = loadAt(high) < t.load;
    let kScore = Number.POSITIVE_INFINITY;
    for (const total of [solveIncreasing(loadAt, t.load, low, high), Math.min(high, Math.max(low, t.seconds))]) {
      const sizes = allocate(total);
      const placed = sizes.reduce((a, b) => a + b, 0);
      const score =
        (LOAD_MISS_WEIGHT * Math.abs(loadOf(sizes) - t.load)) / Math.max(1, t.weekLoad) +
        Math.abs(placed - t.seconds) / Math.max(1, t.weekSeconds) +
        // A tie-break only: between equal fits, recovery where it is due.
        0.001 * Math.abs(k - preferred);
      kScore = Math.min(kScore, score);
      if (!best || score < best.score)
        best = { score, loadShort, sizes: sizes.map((seconds, i) => ({ seconds, recovery: recovery.has(i) })) };
    }
    // Each further recovery session lowers the load more; past the best fit the scores only rise.
    if (k >= preferred && kScore > previousScore) break;
    previousScore = kScore;
  }
  return best!;
}

/**
 * Lengths (and endurance/recovery choice) of the easy time that brings the week closest to its load
 * and hours targets — each miss weighed relative to the week's target — within the bounds. An easy
 * session whose share would be under 20 minutes is dropped (a rest day) and the rest re-sized.
 */
export function sizeFillers(slots: readonly FillerSlot[], targets: FillerTargets): FillerSize[] {
  const active = slots.map((_, i) => i);
  const none = () => slots.map(() => ({ seconds: 0, recovery: false }));
  for (;;) {
    if (active.length === 0) return none();
    const choice = bestChoice(
      active.map((i) => slots[i]!),
      targets,
    );
    const regular = choice.sizes.map((size, j) => ({ size, j })).filter(({ j }) => !slots[active[j]!]!.extension);
    const tooShort = regular
      .filter(({ size }) => size.seconds < MIN_FILLER_SECONDS)
      .sort((a, b) => a.size.seconds - b.size.seconds);
    if (tooShort.length === 0) {
      const sizes = none();
      active.forEach((slotIndex, j) => (sizes[slotIndex] = choice.sizes[j]!));
      return sizes;
    }
    // Easy time for n sessions of at least 20 minutes keeps at most n; drop the smallest at once, then re-size.
    const easyTime = regular.reduce((a, { size }) => a + size.seconds, 0);
    const surplus = regular.length - Math.floor(easyTime / MIN_FILLER_SECONDS);
    const drop = new Set(tooShort.slice(0, Math.max(1, Math.min(surplus, tooShort.length))).map(({ j }) => active[j]!));
    for (let j = active.length - 1; j >= 0; j--) if (drop.has(active[j]!)) active.splice(j, 1);
  }
}
