import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { idSchema, uploadedFileSchema, type ImportReport, type Result } from '../../common/contract';
import { settle } from '../api/dispatch';
import type { CoachApp } from '../app';
import { importUploadedFilesOnDisk } from '../services/imports';
import { boundaryOf, MultipartSpool } from './multipart-spool';
import { checkDeclaredLength, consumeBody } from './request-body';

/** The contract's imports.upload input, with each file on disk instead of in memory. */
const spooledUploadSchema = z.object({
  files: z
    .array(uploadedFileSchema.pick({ name: true }).extend({ path: z.string(), bytes: z.number() }))
    .min(1, 'choose at least one file')
    .max(2000),
  athleteId: idSchema.optional(),
});

/**
 * POST /api/upload: the multipart body streams to a temporary folder as it arrives (never whole in
 * memory), then the files import from there, each read when the import reaches it. A body over
 * `maxBytes` is refused with 413 — at once when its Content-Length says so — and the folder is always
 * removed afterwards.
 */
export async function receiveUpload(
  app: CoachApp,
  req: IncomingMessage,
  maxBytes: number,
): Promise<Result<ImportReport>> {
  checkDeclaredLength(req, maxBytes);
  const boundary = boundaryOf(req.headers['content-type']);
  const dir = await mkdtemp(join(tmpdir(), 'coach-upload-'));
  try {
    const spool = new MultipartSpool(boundary, dir);
    try {
      await consumeBody(req, maxBytes, (chunk) => spool.write(chunk));
    } catch (error) {
      await spool.abort();
      throw error;
    }
    const form = await spool.finish();
    return await settle('imports.upload', () => {
      const athleteId = form.fields.get('athleteId');
      const input = spooledUploadSchema.parse({
        files: form.files,
        ...(athleteId && { athleteId: Number(athleteId) }),
      });
      return importUploadedFilesOnDisk(app.ctx, input.files, { athleteId: input.athleteId });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
