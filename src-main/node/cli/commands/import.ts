import type { ImportReport } from '../../../common/contract';
import { importPaths } from '../../services/imports';
import type { CliIo } from '../command';
import { numberOption, parseOptions } from '../options';
import { UsageError } from '../usage-error';
import { withApp } from '../with-app';

/**
 * `coach import PATH… [--athlete ID] [--db PATH] [--json]`: files, archives and folders (recursively).
 * Exit status 0 when no file failed, 1 when at least one did (duplicates and skips are not failures).
 */
export async function runImport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    { db: { type: 'string' }, json: { type: 'boolean' }, athlete: { type: 'string' } },
    true,
  );
  if (positionals.length === 0) throw new UsageError('name at least one file or folder to import');
  const athleteId = numberOption(values.athlete, 'athlete');
  if (athleteId !== undefined && (!Number.isInteger(athleteId) || athleteId <= 0))
    throw new UsageError('--athlete must be an athlete id');
  return withApp(values.db, async (app) => {
    const report = await importPaths(app.ctx, positionals, { athleteId });
    if (values.json) io.stdout(JSON.stringify(report));
    else printReport(report, io);
    return report.summary.failed > 0 ? 1 : 0;
  });
}

function printReport(report: ImportReport, io: CliIo): void {
  for (const file of report.files) io.stdout(`${file.status.padEnd(9)} ${file.path}: ${file.reason}`);
  const s = report.summary;
  io.stdout(
    `${s.total} files: ${s.imported} imported, ${s.duplicate} duplicate, ${s.skipped} skipped, ${s.failed} failed`,
  );
}
