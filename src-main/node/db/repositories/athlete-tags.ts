import type { ExpressionBuilder } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/sqlite';
import type { AthletesTable, Database } from '../schema';

/**
 * The tag names of the athlete aliased `a`, as one column of an athlete listing. jsonArrayFrom comes
 * from Kysely's SQLite helpers (its PostgreSQL helpers have one of the same name and shape); SQLite
 * returns the array as JSON text, which tagNames reads.
 */
export function tagNamesJson(eb: ExpressionBuilder<Database & { a: AthletesTable }, 'a'>) {
  return jsonArrayFrom(
    eb
      .selectFrom('athlete_tags as at')
      .innerJoin('tags as t', 't.id', 'at.tag_id')
      .select('t.name')
      .whereRef('at.athlete_id', '=', 'a.id'),
  )
    .$castTo<string>()
    .as('tags_json');
}

/** The names in tagNamesJson's column, sorted. */
export function tagNames(json: string): string[] {
  return (JSON.parse(json) as { name: string }[]).map((t) => t.name).sort();
}
