import type { ImportFileResult, ImportReport } from '../../common/contract';

export function summarizeImport(files: ImportFileResult[]): ImportReport {
  const summary = { total: files.length, imported: 0, duplicate: 0, skipped: 0, failed: 0 };
  for (const file of files) summary[file.status] += 1;
  return { files, summary };
}
