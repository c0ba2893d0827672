import type { wellnessCalls } from '../../common/contract/wellness';
import type { ServiceContext } from '../services/context';
import { importWellnessCsv, previewWellnessCsv } from '../services/wellness-import';
import type { HandlersFor } from './handlers';

export function createWellnessHandlers(ctx: ServiceContext): HandlersFor<keyof typeof wellnessCalls> {
  return {
    'wellness.previewCsv': async ({ text, mapping }) => previewWellnessCsv(text, mapping),
    'wellness.importCsv': (input) => importWellnessCsv(ctx, input),
  };
}
