import type { WorkoutFileFormat } from '../../common/contract/exports';
import type { ThresholdValues } from '../../common/domain/thresholds';
import { buildTrainerFile } from '../../common/domain/export/erg-mrc';
import type { ExportSession } from '../../common/domain/export/export-model';
import { safeFileName } from '../../common/domain/export/safe-file-name';
import { workoutHtml, workoutSheet, workoutText } from '../../common/domain/export/workout-text';
import { buildZwo } from '../../common/domain/export/zwo';

/** One planned workout as one file in one format, or the reason that format does not fit this session. */
export type WorkoutFileResult =
  { ok: true; fileName: string; bytes: Uint8Array; warnings: string[] } | { ok: false; reason: string };

export interface WorkoutFileOptions {
  createdAt: Date;
  poolLengthMeters: number;
}

export const WORKOUT_MIME_TYPES: Record<WorkoutFileFormat, string> = {
  fit: 'application/vnd.ant.fit',
  zwo: 'application/xml',
  erg: 'text/plain',
  mrc: 'text/plain',
  txt: 'text/plain;charset=utf-8',
  html: 'text/html;charset=utf-8',
};

const text = new TextEncoder();

/**
 * Async because Garmin's FIT SDK is loaded on the first FIT file: its profile tables take a good part
 * of a process's start-up, and most processes (every `coach` command) never write a FIT workout.
 */
export async function workoutFile(
  session: ExportSession,
  format: WorkoutFileFormat,
  thresholds: ThresholdValues,
  options: WorkoutFileOptions,
): Promise<WorkoutFileResult> {
  const fileName = safeFileName(`${session.date} ${session.name}`, format);
  const def = session.definition;
  const skip = (why: string): WorkoutFileResult => ({ ok: false, reason: `${session.date} ${session.name}: ${why}` });
  switch (format) {
    case 'fit': {
      const { encodeFitWorkout } = await import('./fit-workout');
      const fit = encodeFitWorkout(def, thresholds, options);
      return { ok: true, fileName, bytes: fit.bytes, warnings: fit.warnings.map((w) => `${session.date} ${w}`) };
    }
    case 'zwo':
      if (def.sport !== 'bike' && def.sport !== 'run')
        return skip(`Zwift workouts are for bike and run sessions, not ${def.sport}`);
      return { ok: true, fileName, bytes: text.encode(buildZwo(def, thresholds)), warnings: [] };
    case 'erg':
    case 'mrc':
      if (def.sport !== 'bike')
        return skip(`${format.toUpperCase()} files are for indoor bike trainers, not ${def.sport}`);
      if (format === 'erg' && !thresholds.ftp)
        return skip('ERG files hold watts and the athlete has no FTP on record (MRC holds % of FTP)');
      return { ok: true, fileName, bytes: text.encode(buildTrainerFile(format, def, thresholds)), warnings: [] };
    case 'txt':
      return { ok: true, fileName, bytes: text.encode(workoutText(workoutSheet(session, thresholds))), warnings: [] };
    case 'html':
      return { ok: true, fileName, bytes: text.encode(workoutHtml(workoutSheet(session, thresholds))), warnings: [] };
  }
}
