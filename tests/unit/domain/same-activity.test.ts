import { describe, expect, it } from 'vitest';
import {
  isSameActivity,
  recordingDetail,
  richerRecording,
  sharedSpan,
  type RecordingSpan,
} from '../../../src-main/common/domain/same-activity';

const at = (minutes: number) => new Date(Date.UTC(2015, 10, 23, 19, 0, 0) + minutes * 60_000).toISOString();
const swim: RecordingSpan = { sport: 'swim', startTime: at(0), elapsedSeconds: 2642, distanceMeters: 1350 };

describe('isSameActivity: time span, duration and distance decide, never the sport alone', () => {
  it.each<[string, RecordingSpan, boolean]>([
    [
      'the same swim exported as TCX with Sport="Other"',
      { sport: 'other', startTime: at(0), elapsedSeconds: 2630, distanceMeters: 1350 },
      true,
    ],
    [
      'a re-save shifted by 4 minutes, sport lost',
      { sport: 'other', startTime: at(4), elapsedSeconds: 2642, distanceMeters: 1351 },
      true,
    ],
    [
      'a second device on the same ride, same sport',
      { sport: 'swim', startTime: at(0.5), elapsedSeconds: 2700, distanceMeters: 1380 },
      true,
    ],
    [
      'a re-export of the same sport starting within a minute, however long',
      { sport: 'swim', startTime: at(0.9), elapsedSeconds: 600, distanceMeters: 400 },
      true,
    ],
    [
      'another sport starting within a minute but a quarter as long (one leg of a multisport event)',
      { sport: 'bike', startTime: at(0.5), elapsedSeconds: 600, distanceMeters: null },
      false,
    ],
    [
      'an overlapping recording with a very different distance',
      { sport: 'other', startTime: at(0), elapsedSeconds: 2642, distanceMeters: 5000 },
      false,
    ],
    [
      'the next activity, back to back',
      { sport: 'run', startTime: at(45), elapsedSeconds: 2642, distanceMeters: 1350 },
      false,
    ],
    [
      'half an hour later, overlapping a third',
      { sport: 'other', startTime: at(30), elapsedSeconds: 2642, distanceMeters: 1350 },
      false,
    ],
    [
      'no distance on one side (an indoor export) says nothing either way',
      { sport: 'other', startTime: at(1), elapsedSeconds: 2600, distanceMeters: null },
      true,
    ],
  ])('%s → %s', (_, other, expected) => {
    expect(isSameActivity(swim, other)).toBe(expected);
    expect(isSameActivity(other, swim)).toBe(expected);
  });

  it('measures the shared share of the longer span', () => {
    expect(sharedSpan(swim, swim)).toBe(1);
    expect(sharedSpan(swim, { ...swim, startTime: at(22.02) })).toBeCloseTo(0.5, 2);
    expect(sharedSpan(swim, { ...swim, startTime: at(60) })).toBe(0);
  });
});

describe('richerRecording: a named sport, then more channels, then more summary values; a tie keeps what is stored', () => {
  const detail = (sport: 'swim' | 'other', channels: number, summaryValues: number) => ({
    sport,
    channels,
    summaryValues,
  });

  it.each([
    [
      'FIT swim over a stored TCX "other", though the TCX has more channels',
      detail('other', 5, 4),
      detail('swim', 3, 9),
      { replace: true, because: 'it names the sport (swim, not other)' },
    ],
    [
      'a stored FIT swim over a later TCX "other"',
      detail('swim', 3, 9),
      detail('other', 5, 4),
      { replace: false, because: 'it names the sport (swim, not other)' },
    ],
    [
      'more channels',
      detail('swim', 3, 9),
      detail('swim', 4, 2),
      { replace: true, because: 'it has 4 data channels, not 3' },
    ],
    [
      'more summary values',
      detail('swim', 3, 9),
      detail('swim', 3, 7),
      { replace: false, because: 'it states 9 summary values, not 7' },
    ],
    ['a tie', detail('swim', 3, 9), detail('swim', 3, 9), { replace: false, because: null }],
  ])('%s', (_, kept, candidate, verdict) => {
    expect(richerRecording(kept, candidate)).toEqual(verdict);
  });

  it("counts a record's channels besides time and the summary values it states", () => {
    const summary = {
      sport: 'swim' as const,
      subSport: 'lap_swimming',
      movingSeconds: null,
      distanceMeters: 1350,
      ascentMeters: null,
      avgHr: 131,
      maxHr: 156,
      avgPower: null,
      maxPower: null,
      avgCadence: 28,
      avgSpeed: 0.6,
      maxSpeed: 1.17,
      calories: 330,
    };
    expect(recordingDetail(summary, ['time', 'hr', 'speed', 'distance'])).toEqual({
      sport: 'swim',
      channels: 3,
      summaryValues: 8,
    });
  });
});
