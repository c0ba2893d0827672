import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../../common/contract';
import {
  WELLNESS_CSV_MAX_CHARS,
  WELLNESS_CSV_TOO_LARGE,
  wellnessCalls,
  type WellnessImportReport,
} from '../../../common/contract/wellness';
import { decodeCsvBytes } from '../../../common/domain/wellness/intake/text-encoding';
import { describeFsError } from '../../import/file-sources';
import { importWellnessCsv } from '../../services/wellness-import';
import type { CliIo } from '../command';
import { numberOption, parseOptions } from '../options';
import { UsageError } from '../usage-error';
import { withApp } from '../with-app';

/**
 * `coach wellness import FILE --athlete ID [--db PATH] [--json]`: a wellness CSV (HRV4Training, Elite
 * HRV or the template). Bad rows are reported by line and skipped; exit status 1 when no day could be
 * imported.
 */
export async function runWellness(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'import')
    throw new UsageError(`wellness needs "import", got ${sub === undefined ? 'nothing' : `"${sub}"`}`);
  const { values, positionals } = parseOptions(
    rest,
    { db: { type: 'string' }, json: { type: 'boolean' }, athlete: { type: 'string' } },
    true,
  );
  if (positionals.length !== 1) throw new UsageError('name exactly one CSV file to import');
  const athleteId = numberOption(values.athlete, 'athlete');
  if (athleteId === undefined || !Number.isInteger(athleteId) || athleteId <= 0)
    throw new UsageError('--athlete ID is required');
  const path = positionals[0]!;
  const unreadable = (error: unknown) =>
    new AppError('NOT_FOUND', `${path} could not be read: ${describeFsError(error)}`);
  const { size } = await stat(path).catch((error: unknown) => Promise.reject(unreadable(error)));
  // No text within the call's cap takes more than 4 bytes a character: a larger file is refused unread.
  if (size > 4 * WELLNESS_CSV_MAX_CHARS) throw new AppError('VALIDATION', WELLNESS_CSV_TOO_LARGE, 'text');
  const text = decodeCsvBytes(await readFile(path).catch((error: unknown) => Promise.reject(unreadable(error))));
  return withApp(values.db, async (app) => {
    // The call's own schema: the same size cap and text checks as the API (a ZodError names the field).
    const input = wellnessCalls['wellness.importCsv'].input.parse({ athleteId, fileName: basename(path), text });
    const report = await importWellnessCsv(app.ctx, input);
    if (values.json) io.stdout(JSON.stringify(report));
    else printReport(report, io);
    return report.imported > 0 ? 0 : 1;
  });
}

function printReport(report: WellnessImportReport, io: CliIo): void {
  const range = report.dateRange ? ` (${report.dateRange.from} to ${report.dateRange.to})` : '';
  io.stdout(
    `${report.fileName}: ${report.format?.label ?? 'unknown format'}; ${report.imported} days imported${range}, ${report.skipped} rows skipped, ${report.emptyRows} rows without any value`,
  );
  for (const notice of report.notices) io.stdout(`note${notice.line ? ` line ${notice.line}` : ''}: ${notice.message}`);
  for (const error of report.errors)
    io.stdout(`line ${error.line}${error.column ? `, ${error.column}` : ''}: ${error.message}`);
}
