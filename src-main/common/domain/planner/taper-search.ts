import type { PmcSeed } from '../load/pmc';
import type { TsbWindow } from './types';
import type { WeekLoad } from './week-load';

/**
 * The taper is progressive: taper week j carries scale^j of the last loading week's load, and race week a
 * double step, scale^(n+2), pro rata for its days before the race, because the last days set race-day ATL
 * most. Mujika & Padilla (2003) found progressive tapers better than step tapers, Bosquet et al. (2007) a
 * 41–60 % cut in volume with intensity kept; a marathon's two taper weeks at scale 0.8 give 80 %, 64 % and
 * 41 % of peak volume, Pfitzinger's shape.
 *
 * One parameter is enough because race-day CTL rises with every load, so the best taper is the largest
 * scale whose race-day TSB lands in the window. TSB is not monotonic in the scale (load more than about
 * two weeks out raises race-day TSB, CTL's 42-day memory outlasting ATL's 7), so the search scans a grid
 * from the lightest taper down, then bisects the grid step where the landing changes, to 0.001.
 */
export const TAPER_SCALE_MAX = 0.9;
export const TAPER_SCALE_MIN = 0.3;
const GRID_STEP = 0.05;
const BISECTION_STEPS = 6;

/** Share of the last loading week's load that taper week `offset` (0 = first; the last is race week) asks for. */
export function taperShare(offset: number, weekCount: number, scale: number): number {
  return scale ** (offset === weekCount - 1 ? offset + 2 : offset + 1);
}

export interface TaperWeekModel {
  /** The week's load for the wanted load, under its guardrails, from the state at the end of the week before. */
  load(weekOffset: number, wanted: number, start: PmcSeed): WeekLoad;
  /** Runs the week and returns its end state. */
  simulate(weekOffset: number, load: number, start: PmcSeed): PmcSeed;
  /** Wanted load of taper week `weekOffset` (0 = first taper week; the last is race week) at this scale. */
  wanted(weekOffset: number, scale: number): number;
  weekCount: number;
}

export interface TaperOutcome {
  scale: number;
  loads: WeekLoad[];
  raceTsb: number;
  /** Where race-day TSB fell relative to the window. */
  landing: 'inside' | 'below' | 'above';
}

export function searchTaper(start: PmcSeed, model: TaperWeekModel, window: TsbWindow): TaperOutcome {
  const run = (scale: number): TaperOutcome => {
    let state = start;
    const loads: WeekLoad[] = [];
    for (let offset = 0; offset < model.weekCount; offset += 1) {
      const week = model.load(offset, model.wanted(offset, scale), state);
      loads.push(week);
      state = model.simulate(offset, week.load, state);
    }
    // Race week ends on race eve: its balance is race-day form (projection.ts).
    const raceTsb = state.ctl - state.atl;
    const landing = raceTsb < window.min ? 'below' : raceTsb > window.max ? 'above' : 'inside';
    return { scale, loads, raceTsb, landing };
  };

  const steps = Math.round((TAPER_SCALE_MAX - TAPER_SCALE_MIN) / GRID_STEP);
  const grid: TaperOutcome[] = [];
  for (let i = 0; i <= steps; i += 1) {
    const outcome = run(TAPER_SCALE_MAX - i * GRID_STEP);
    grid.push(outcome);
    if (outcome.landing === 'inside') {
      // The largest scale inside lies between this grid point and the lighter one above it.
      const lighter = grid[i - 1];
      return lighter ? bisect(lighter, outcome, run) : outcome;
    }
  }
  // No grid scale lands inside a narrow window: bisect the first step that jumps across it.
  for (let i = 0; i + 1 < grid.length; i += 1) {
    const [lighter, heavier] = [grid[i]!, grid[i + 1]!];
    if (lighter.landing === heavier.landing) continue;
    const found = bisect(lighter, heavier, run);
    if (found.landing === 'inside') return found;
  }
  // Out of reach: keep the scale that comes closest, so the plan shows how far off it is.
  const distance = (o: TaperOutcome) => (o.landing === 'below' ? window.min - o.raceTsb : o.raceTsb - window.max);
  return grid.reduce((best, next) => (distance(next) < distance(best) ? next : best));
}

/**
 * Narrows [lighter, heavier] (scales, lighter > heavier, different landings) and returns the largest scale
 * found inside the window, or the heavier end when none is.
 */
function bisect(lighter: TaperOutcome, heavier: TaperOutcome, run: (scale: number) => TaperOutcome): TaperOutcome {
  let [outside, best] = [lighter, heavier];
  for (let step = 0; step < BISECTION_STEPS; step += 1) {
    const middle = run((outside.scale + best.scale) / 2);
    if (middle.landing === 'inside' || (best.landing !== 'inside' && middle.landing !== outside.landing)) best = middle;
    else outside = middle;
  }
  return best;
}
