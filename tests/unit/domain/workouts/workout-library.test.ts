import { describe, expect, it } from 'vitest';
import starter from '../../../../resources/workouts/starter-library.json';
import { parseWorkoutLibrary, WorkoutLibraryError } from '../../../../src-main/common/domain/workouts/workout-library';
import { summarizeWorkout } from '../../../../src-main/common/domain/workouts/workout-metrics';

const library = parseWorkoutLibrary(starter);
const athlete = { ftp: 260, thresholdPace: 255, css: 95, lthr: 168, maxHr: 188, restingHr: 48, weight: 68 };

function failure(data: unknown): WorkoutLibraryError {
  try {
    parseWorkoutLibrary(data);
  } catch (error) {
    if (error instanceof WorkoutLibraryError) return error;
    throw error;
  }
  throw new Error('expected the library to be rejected');
}

describe('starter workout library', () => {
  it('validates and holds at least 44 workouts with unique keys', () => {
    expect(library.length).toBeGreaterThanOrEqual(44);
    expect(new Set(library.map((e) => e.key)).size).toBe(library.length);
  });

  it('covers run, bike and swim in depth, plus strength', () => {
    const bySport = (sport: string) => library.filter((e) => e.definition.sport === sport).length;
    expect(bySport('run')).toBeGreaterThanOrEqual(15);
    expect(bySport('bike')).toBeGreaterThanOrEqual(15);
    expect(bySport('swim')).toBeGreaterThanOrEqual(7);
    expect(bySport('strength')).toBeGreaterThanOrEqual(1);
  });

  it('has the well-known sessions the planner draws on', () => {
    const keys = new Set(library.map((e) => e.key));
    for (const key of [
      'run-easy',
      'run-recovery',
      'run-long',
      'run-long-progression',
      'run-tempo-20',
      'run-threshold-5x1k',
      'run-cruise-intervals',
      'run-vo2-6x800',
      'run-marathon-pace-3x20',
      'run-half-marathon-pace',
      'run-easy-strides',
      'run-hill-repeats',
      'run-tt-30',
      'bike-endurance',
      'bike-recovery',
      'bike-sweet-spot-3x15',
      'bike-threshold-4x8',
      'bike-ftp-2x20',
      'bike-vo2-5x3',
      'bike-vo2-30-30',
      'bike-over-unders',
      'bike-ftp-test-20',
      'bike-ramp-test',
      'bike-long',
      'bike-race-pace-70-3',
      'bike-race-pace-ironman',
      'bike-tempo-2x20',
      'swim-css-10x100',
      'swim-css-test',
      'swim-endurance',
      'swim-technique',
      'swim-pull',
      'swim-race-pace-70-3',
      'swim-recovery',
      'strength-runner-circuit',
    ]) {
      expect(keys, key).toContain(key);
    }
  });

  it('gives every workout a description, a positive duration and load, and tests are hard', () => {
    for (const { key, definition } of library) {
      const s = summarizeWorkout(definition, athlete);
      expect(definition.description.length, key).toBeGreaterThan(40);
      expect(s.seconds, key).toBeGreaterThan(600);
      expect(s.load, key).toBeGreaterThan(0);
      if (definition.category === 'test') expect(s.hard, key).toBe(true);
      if (definition.category === 'recovery' || definition.category === 'endurance') expect(s.hard, key).toBe(false);
    }
  });

  it('plans the classic sessions at their usual cost for this athlete', () => {
    const load = (key: string) => summarizeWorkout(library.find((e) => e.key === key)!.definition, athlete).load;
    // 4×8 min at 102.5 % FTP with a 15-min warm-up at 57.5 % and recoveries at 52.5 %: about 75 TSS.
    expect(load('bike-threshold-4x8')).toBeCloseTo(
      (0.25 * 0.575 ** 2 + (32 / 60) * 1.025 ** 2 + (16 / 60) * 0.525 ** 2 + (10 / 60) * 0.475 ** 2) * 100,
      6,
    );
    expect(load('run-easy')).toBeCloseTo(0.75 * 0.76 ** 2 * 100, 6);
  });
});

describe('parseWorkoutLibrary errors', () => {
  const valid = {
    key: 'run-easy',
    name: 'Easy',
    sport: 'run',
    category: 'endurance',
    steps: [{ kind: 'step', intent: 'work', duration: { type: 'time', seconds: 600 }, target: { type: 'open' } }],
  };

  it('names the entry key and the field of the first problem', () => {
    const bad = { ...valid, key: 'run-bad', steps: [{ ...valid.steps[0], duration: { type: 'time', seconds: 0 } }] };
    const error = failure([valid, bad]);
    expect(error.field).toBe('run-bad.steps.0.duration.seconds');
    expect(error.message).toMatch(/^Workout "run-bad": steps\.0\.duration\.seconds: /);
  });

  it('names an entry without a usable key by its position', () => {
    const error = failure([valid, { ...valid, key: undefined }]);
    expect(error.field).toBe('entry 2.key');
  });

  it('rejects duplicate keys, unknown fields and a non-array', () => {
    expect(failure([valid, valid]).message).toContain('"run-easy" appears twice');
    expect(failure([{ ...valid, colour: 'red' }]).field).toBe('run-easy');
    expect(failure({ workouts: [] }).field).toBe('library');
  });

  it('fills the schema defaults (step notes, description)', () => {
    const [entry] = parseWorkoutLibrary([valid]);
    expect(entry!.definition.description).toBe('');
    expect(entry!.definition.steps[0]).toMatchObject({ note: '' });
  });
});
