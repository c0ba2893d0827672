import { z } from 'zod';
import { call } from './call';
import { idSchema } from './schemas';

export type ImportStatus = 'imported' | 'duplicate' | 'skipped' | 'failed';

export interface ImportFileResult {
  path: string;
  status: ImportStatus;
  reason: string;
  activityIds: number[];
}

export interface ImportReport {
  files: ImportFileResult[];
  summary: Record<ImportStatus, number> & { total: number };
}

export const uploadedFileSchema = z.object({
  name: z.string().min(1).max(255),
  data: z.instanceof(Uint8Array),
});

/** Calls of the import feature (files, devices, assignment). */
export const importCalls = {
  'imports.upload': call<ImportReport>()(
    z.object({ files: z.array(uploadedFileSchema).min(1).max(2000), athleteId: idSchema.optional() }).strict(),
  ),
} as const;
