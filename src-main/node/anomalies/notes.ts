import type { NoteView } from '../../common/contract';
import { insertNote, listNotes } from '../db/repositories/notes';
import type { ServiceContext } from '../services/context';
import { getAthlete } from '../services/athletes';

export async function addNote(ctx: ServiceContext, input: Omit<NoteView, 'id'>): Promise<NoteView> {
  await getAthlete(ctx, input.athleteId);
  const note = await insertNote(ctx.db, input, ctx.now().toISOString());
  ctx.events.emit({ type: 'data.changed', scope: 'notes', athleteId: input.athleteId });
  return note;
}

export async function listAthleteNotes(ctx: ServiceContext, athleteId: number): Promise<NoteView[]> {
  await getAthlete(ctx, athleteId);
  return listNotes(ctx.db, athleteId);
}
