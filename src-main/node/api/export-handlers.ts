import type { exportCalls, ExportedFile } from '../../common/contract';
import type { ServiceContext } from '../services/context';
import {
  exportPlan,
  exportWorkout,
  getExportPreferences,
  saveExportPreferences,
  type ExportFileBytes,
} from '../export/export-service';
import type { HandlersFor } from './handlers';

export function createExportHandlers(ctx: ServiceContext): HandlersFor<keyof typeof exportCalls> {
  return {
    'exports.preferences': ({ athleteId }) => getExportPreferences(ctx, athleteId),
    'exports.savePreferences': (prefs) => saveExportPreferences(ctx, prefs),
    'exports.plan': async (input) => toTransport(await exportPlan(ctx, input)),
    'exports.workout': async ({ plannedWorkoutId, format }) =>
      toTransport(await exportWorkout(ctx, plannedWorkoutId, format)),
  };
}

/** Both transports carry JSON, so the bytes travel as base64. */
function toTransport(file: ExportFileBytes): ExportedFile {
  const { bytes, ...rest } = file;
  return { ...rest, base64: Buffer.from(bytes).toString('base64'), byteLength: bytes.byteLength };
}
