import { z } from 'zod';

export const EVENT_KINDS = ['travel', 'illness', 'injury', 'life_stress', 'race', 'note'] as const;
export const eventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof eventKindSchema>;
