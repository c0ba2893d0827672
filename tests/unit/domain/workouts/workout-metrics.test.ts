import { describe, expect, it } from 'vitest';
import type {
  StepDuration,
  StepTarget,
  WorkoutDefinition,
  WorkoutElement,
  WorkoutStep,
} from '../../../../src-main/common/domain/workouts/workout-schema';
import { intensityBand, isHardSession } from '../../../../src-main/common/domain/workouts/intensity-bands';
import { flatRoadCyclingSpeed } from '../../../../src-main/common/domain/workouts/step-speed';
import { summarizeWorkout } from '../../../../src-main/common/domain/workouts/workout-metrics';

const time = (seconds: number): StepDuration => ({ type: 'time', seconds });
const distance = (meters: number): StepDuration => ({ type: 'distance', meters });
const ftp = (low: number, high = low): StepTarget => ({ type: 'ftpPercent', range: { low, high } });
const pace = (low: number, high = low): StepTarget => ({ type: 'thresholdPacePercent', range: { low, high } });
const css = (low: number, high = low): StepTarget => ({ type: 'cssPercent', range: { low, high } });
const step = (intent: WorkoutStep['intent'], duration: StepDuration, target: StepTarget): WorkoutStep => ({
  kind: 'step',
  intent,
  duration,
  target,
  note: '',
});
const workout = (
  sport: WorkoutDefinition['sport'],
  steps: WorkoutElement[],
  category: WorkoutDefinition['category'] = 'endurance',
): WorkoutDefinition => ({
  name: 'test',
  sport,
  category,
  description: '',
  steps,
});

describe('planned load of a structured workout (Σ hours × IF² × 100, swim IF³)', () => {
  it('scores one hour at 100 % FTP as exactly 100 TSS, all of it in the moderate band', () => {
    const s = summarizeWorkout(workout('bike', [step('work', time(3600), ftp(100))]), { ftp: 250 });
    expect(s.seconds).toBe(3600);
    expect(s.load).toBeCloseTo(100, 10);
    expect(s.meters).toBeNull();
    expect(s.bandSeconds).toEqual({ low: 0, moderate: 3600, high: 0 });
    expect(s.explanation).toContain('TSS 100');
  });

  it('adds up 2×20 min at 95 % with warm-up, recoveries and cool-down as computed by hand', () => {
    const def = workout('bike', [
      step('warmup', time(900), ftp(55, 65)),
      { kind: 'repeat', count: 2, steps: [step('work', time(1200), ftp(95)), step('recovery', time(300), ftp(50))] },
      step('cooldown', time(600), ftp(50)),
    ]);
    // warm-up 0.25 h × 0.60² × 100 = 9; work 2 × ⅓ h × 0.95² × 100 = 60.1667;
    // recoveries 2 × 1/12 h × 0.50² × 100 = 4.1667; cool-down ⅙ h × 0.50² × 100 = 4.1667 → 77.5
    const s = summarizeWorkout(def, { ftp: 280 });
    expect(s.seconds).toBe(900 + 2 * 1500 + 600);
    expect(s.load).toBeCloseTo(9 + 60.1667 + 4.1667 + 4.1667, 3);
    expect(s.bandSeconds).toEqual({ low: 900 + 600 + 600, moderate: 2400, high: 0 });
    expect(s.hard).toBe(true);
  });

  it('cubes the intensity for swimming: 1000 m at 90 % of CSS speed', () => {
    const s = summarizeWorkout(workout('swim', [step('work', distance(1000), css(90))]), { css: 100 });
    // CSS 100 s/100 m = 1 m/s; at 0.9 m/s 1000 m takes 1111.1 s; 0.3086 h × 0.9³ × 100 = 22.5
    expect(s.seconds).toBeCloseTo(1000 / 0.9, 6);
    expect(s.meters).toBe(1000);
    expect(s.load).toBeCloseTo((1000 / 0.9 / 3600) * 0.729 * 100, 6);
    expect(s.load).toBeCloseTo(22.5, 6);
  });

  it('times distance steps from threshold pace, and counts timed run steps as distance', () => {
    const t = { thresholdPace: 240 };
    const atThreshold = summarizeWorkout(workout('run', [step('work', distance(5000), pace(100))]), t);
    expect(atThreshold.seconds).toBeCloseTo(1200, 6);
    expect(atThreshold.load).toBeCloseTo(100 / 3, 6);
    const easy = summarizeWorkout(workout('run', [step('work', distance(5000), pace(80))]), t);
    // 0.8 × 1000/240 m/s = 3.333 m/s → 1500 s; 1500/3600 × 0.64 × 100 = 26.67
    expect(easy.seconds).toBeCloseTo(1500, 6);
    expect(easy.load).toBeCloseTo(26.6667, 3);
    const timed = summarizeWorkout(workout('run', [step('work', time(1800), pace(75))]), t);
    expect(timed.meters).toBeCloseTo(1800 * 0.75 * (1000 / 240), 6);
  });

  it('falls back to a 5:00/km threshold pace when the athlete has none, and says so', () => {
    const s = summarizeWorkout(workout('run', [step('work', distance(5000), pace(100))]), {});
    expect(s.seconds).toBeCloseTo(1500, 6);
    expect(s.explanation).toContain('assumed 5:00 /km threshold pace');
    // Without a threshold pace a timed step's distance is unknown.
    expect(summarizeWorkout(workout('run', [step('work', time(600), pace(80))]), {}).meters).toBeNull();
  });

  it('unrolls repeats and counts standing rest as time without load or distance', () => {
    const def = workout('run', [
      {
        kind: 'repeat',
        count: 5,
        steps: [step('work', distance(1000), pace(100)), step('rest', time(90), { type: 'open' })],
      },
    ]);
    const s = summarizeWorkout(def, { thresholdPace: 240 });
    expect(s.seconds).toBeCloseTo(5 * (240 + 90), 6);
    expect(s.meters).toBeCloseTo(5000, 6);
    expect(s.load).toBeCloseTo(((5 * 240) / 3600) * 100, 6);
  });

  it('maps RPE through the same RPE→IF scale as recorded sessions (RPE 5 → IF 0.775)', () => {
    const s = summarizeWorkout(workout('run', [step('work', time(3600), { type: 'rpe', value: 5 })]), {});
    expect(s.load).toBeCloseTo(0.775 ** 2 * 100, 6);
  });

  it('maps %LTHR through the HRSS model: an hour at LTHR is 100, 90 % is TRIMP(0.9)/TRIMP(1) × 100', () => {
    const t = { lthr: 160, maxHr: 180, restingHr: 60 };
    const atLthr = summarizeWorkout(
      workout('run', [step('work', time(3600), { type: 'lthrPercent', range: { low: 100, high: 100 } })]),
      t,
    );
    expect(atLthr.load).toBeCloseTo(100, 6);
    const trimp = (hr: number) => {
      const hrr = (hr - 60) / (180 - 60);
      return hrr * 0.64 * Math.exp(1.92 * hrr);
    };
    const below = summarizeWorkout(
      workout('run', [step('work', time(3600), { type: 'lthrPercent', range: { low: 90, high: 90 } })]),
      t,
    );
    expect(below.load).toBeCloseTo((trimp(144) / trimp(160)) * 100, 6);
    expect(below.explanation).toContain('HRSS model');
  });

  it('takes zone targets at their midpoint: power zone 2 is 65 % of FTP', () => {
    const s = summarizeWorkout(workout('bike', [step('work', time(3600), { type: 'powerZone', zone: 2 })]), {});
    expect(s.load).toBeCloseTo(0.65 ** 2 * 100, 6);
  });

  it('bands heart-rate targets on heart rate: a zone-2 ride is low even when its IF is above 0.75', () => {
    const t = { lthr: 165, maxHr: 185, restingHr: 45 };
    const s = summarizeWorkout(workout('bike', [step('work', time(3600), { type: 'hrZone', zone: 2 })]), t);
    expect(Math.sqrt(s.load / 100)).toBeGreaterThan(0.75);
    expect(s.bandSeconds.low).toBe(3600);
  });

  it('times bike distance steps on a flat road at the target power', () => {
    const v = flatRoadCyclingSpeed(200, 75);
    // Check the root of P·η = ½ρ·CdA·v³ + Crr·m·g·v, and that it is a plausible 32–35 km/h.
    expect(0.5 * 1.2 * 0.3 * v ** 3 + 0.004 * 84 * 9.81 * v).toBeCloseTo(200 * 0.976, 6);
    expect(v * 3.6).toBeGreaterThan(32);
    expect(v * 3.6).toBeLessThan(35);
    const s = summarizeWorkout(workout('bike', [step('work', distance(40_000), ftp(80))]), { ftp: 250, weight: 75 });
    expect(s.seconds).toBeCloseTo(40_000 / v, 6);
    expect(s.explanation).toContain('flat road');
  });
});

describe('intensity bands and hard sessions', () => {
  it('cuts the bands at LT1 per sport and above LT2 = threshold', () => {
    expect(intensityBand(0.74, 'bike')).toBe('low');
    expect(intensityBand(0.75, 'bike')).toBe('moderate');
    expect(intensityBand(1.0, 'bike')).toBe('moderate');
    expect(intensityBand(1.01, 'bike')).toBe('high');
    expect(intensityBand(0.88, 'run')).toBe('low');
    expect(intensityBand(0.89, 'run')).toBe('moderate');
    expect(intensityBand(0.89, 'swim')).toBe('low');
    expect(intensityBand(1.2, 'strength')).toBe('low');
  });

  it('calls a session hard from 5 min above LT2, 15 min between LT1 and LT2, a load of 150, or a test', () => {
    const bands = (moderate: number, high: number) => ({ low: 0, moderate, high });
    expect(isHardSession({ bandSeconds: bands(0, 299), load: 50, category: 'vo2max' })).toBe(false);
    expect(isHardSession({ bandSeconds: bands(0, 300), load: 50, category: 'vo2max' })).toBe(true);
    expect(isHardSession({ bandSeconds: bands(899, 0), load: 50, category: 'tempo' })).toBe(false);
    expect(isHardSession({ bandSeconds: bands(900, 0), load: 50, category: 'tempo' })).toBe(true);
    expect(isHardSession({ bandSeconds: bands(0, 0), load: 150, category: 'long' })).toBe(true);
    expect(isHardSession({ bandSeconds: bands(0, 60), load: 20, category: 'test' })).toBe(true);
  });

  it('keeps strides easy: 6×20 s above threshold in an easy run is not hard', () => {
    const def = workout('run', [
      step('work', time(2400), pace(75)),
      { kind: 'repeat', count: 6, steps: [step('work', time(20), pace(120)), step('recovery', time(60), pace(60))] },
    ]);
    const s = summarizeWorkout(def, { thresholdPace: 270 });
    expect(s.bandSeconds.high).toBe(120);
    expect(s.hard).toBe(false);
  });
});
