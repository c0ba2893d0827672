import type { importCalls } from '../../common/contract';
import type { ServiceContext } from '../services/context';
import {
  addWatchFolder,
  importFromDevice,
  listDetectedDevices,
  listWatchFolders,
  removeWatchFolder,
} from '../services/devices';
import {
  assignQueuedFiles,
  cancelImport,
  dismissQueuedFiles,
  importPaths,
  importUploadedFiles,
  listAssignmentQueue,
  listDevices,
  reassignActivity,
  setDeviceAthlete,
} from '../services/imports';
import type { HandlersFor } from './handlers';

export function createImportHandlers(ctx: ServiceContext): HandlersFor<keyof typeof importCalls> {
  return {
    'imports.upload': ({ files, athleteId }) => importUploadedFiles(ctx, files, { athleteId }),
    'imports.importPaths': ({ paths, athleteId }) => importPaths(ctx, paths, { athleteId }),
    'imports.cancel': async ({ jobId }) => cancelImport(jobId),
    'imports.queue.list': () => listAssignmentQueue(ctx),
    'imports.queue.assign': ({ ids, athleteId, rememberDevice }) =>
      assignQueuedFiles(ctx, ids, athleteId, rememberDevice),
    'imports.queue.dismiss': ({ ids }) => dismissQueuedFiles(ctx, ids),
    'imports.reassignActivity': ({ activityId, athleteId }) => reassignActivity(ctx, activityId, athleteId),
    'devices.list': () => listDevices(ctx),
    'devices.setAthlete': ({ deviceId, athleteId }) => setDeviceAthlete(ctx, deviceId, athleteId),
    'devices.detected': () => listDetectedDevices(ctx),
    'devices.importNew': ({ key, athleteId, rememberDevice }) => importFromDevice(ctx, key, athleteId, rememberDevice),
    'watchFolders.list': () => listWatchFolders(ctx),
    'watchFolders.add': ({ path, kind }) => addWatchFolder(ctx, path, kind),
    'watchFolders.remove': ({ id }) => removeWatchFolder(ctx, id),
  };
}
