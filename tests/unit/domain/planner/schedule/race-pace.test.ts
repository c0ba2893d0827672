import { describe, expect, it } from 'vitest';
import { raceIntensity } from '../../../../../src-main/common/domain/planner/schedule/race-day';
import { atRacePace, buildCatalog } from '../../../../../src-main/common/domain/planner/schedule/session-catalog';
import { RACE_TYPES } from '../../../../../src-main/common/domain/planner/types';
import { STARTER_LIBRARY, THRESHOLDS } from '../block-fixtures';

/** The starter library's race-pace sessions and the race each rehearses. */
const OWNER: Record<string, string> = {
  'swim-race-pace-70-3': '70.3',
  'swim-race-pace-ironman': 'ironman',
  'bike-race-pace-70-3': '70.3',
  'bike-race-pace-ironman': 'ironman',
  'run-marathon-pace-3x20': 'marathon',
  'run-half-marathon-pace': 'half-marathon',
  'run-10k-pace': '10k',
};

describe('race-pace sessions belong to one race', () => {
  const catalog = buildCatalog(STARTER_LIBRARY, THRESHOLDS);

  it.each(Object.entries(OWNER))('%s rehearses the %s pace and no other race', (key, owner) => {
    const entry = (['swim', 'bike', 'run'] as const)
      .flatMap((sport) => catalog.entries(sport, ['race-pace']))
      .find((e) => e.key === key)!;
    expect(entry, key).toBeDefined();
    const races = RACE_TYPES.filter((race) => {
      const pace = raceIntensity(race, entry.definition.sport);
      return pace !== null && atRacePace(entry, pace);
    });
    expect(races).toEqual([owner]);
  });
});
