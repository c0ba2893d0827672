import type { NoteView } from '../../../common/contract';
import type { Db } from '../schema';

export async function insertNote(db: Db, note: Omit<NoteView, 'id'>, now: string): Promise<NoteView> {
  const row = await db
    .insertInto('notes')
    .values({ athlete_id: note.athleteId, date: note.date, author: note.author, text: note.text, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, ...note };
}

/** Newest first; `from`/`to` bound the dates inclusively. */
export async function listNotes(
  db: Db,
  athleteId: number,
  range: { from?: string; to?: string } = {},
): Promise<NoteView[]> {
  let query = db.selectFrom('notes').selectAll().where('athlete_id', '=', athleteId);
  if (range.from) query = query.where('date', '>=', range.from);
  if (range.to) query = query.where('date', '<=', range.to);
  const rows = await query.orderBy('date', 'desc').orderBy('id', 'desc').execute();
  return rows.map((r) => ({ id: r.id, athleteId: r.athlete_id, date: r.date, author: r.author, text: r.text }));
}
