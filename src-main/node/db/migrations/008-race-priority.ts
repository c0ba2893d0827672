import { DEFAULT_RACE_PRIORITY, inferRaceType, splitPrioritySuffix } from '../../../common/domain/events/race-details';
import type { Migration } from './migration';

/**
 * Races on the athlete's record get a priority (A goal race, B, C) and, when known, a race type, so the
 * planner can plan around the B and C races inside a block. Both stay NULL on other kinds of event.
 *
 * Until now the priority was written into the title ("Riverside Half Marathon (B race)"): the backfill
 * moves it into the column and takes it off the title, and reads the race type from the title with the
 * same rule the CLI uses for a race entered without one (NULL when it names none). A race whose title
 * named no priority gets the default a new race gets, so every race has one.
 */
export const racePrioritySchema: Migration = {
  version: 8,
  name: 'race-priority',
  sql: `
    ALTER TABLE events ADD COLUMN priority TEXT CHECK (priority IN ('A', 'B', 'C'));
    -- One of the planner's RACE_TYPES; not checked here, so a new type needs no table rebuild.
    ALTER TABLE events ADD COLUMN race_type TEXT;
  `,
  migrateData(sqlite) {
    const races = sqlite.prepare("SELECT id, title FROM events WHERE kind = 'race'").all() as {
      id: number;
      title: string;
    }[];
    const update = sqlite.prepare('UPDATE events SET title = ?, priority = ?, race_type = ? WHERE id = ?');
    for (const race of races) {
      const { title, priority } = splitPrioritySuffix(race.title);
      update.run(title, priority ?? DEFAULT_RACE_PRIORITY, inferRaceType(title), race.id);
    }
  },
};
