import type { importCalls } from '../../common/contract';
import type { ServiceContext } from '../services/context';
import { importUploadedFiles } from '../services/imports';
import type { HandlersFor } from './handlers';

export function createImportHandlers(ctx: ServiceContext): HandlersFor<keyof typeof importCalls> {
  return {
    'imports.upload': ({ files, athleteId }) => importUploadedFiles(ctx, files, { athleteId }),
  };
}
