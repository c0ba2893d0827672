import type { ParsedFit } from 'fit-file-parser';

/** fit-file-parser exports only ParsedFit from its entry point; the message types are derived from it. */
export type { ParsedFit };
export type ParsedRecord = NonNullable<ParsedFit['records']>[number];
export type ParsedSession = NonNullable<ParsedFit['sessions']>[number];
export type ParsedLap = NonNullable<ParsedFit['laps']>[number];
export type ParsedLength = NonNullable<ParsedFit['lengths']>[number];
export type ParsedEvent = NonNullable<ParsedFit['events']>[number];
export type ParsedHrv = NonNullable<ParsedFit['hrv']>[number];
