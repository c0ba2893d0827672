// Run as `node --import tsx tests/helpers/import-peak-rss.ts DB paths PATH…` to import the paths the way
// the CLI and the file picker do, or `… DB watch FOLDER` to let a watch folder import what is in it
// with no one asking. Prints the peak resident memory of the whole process (decode workers are threads
// of it) and, for paths, the import report.
import type { PushEvent } from '../../src-main/common/contract';
import { createCoachApp } from '../../src-main/node/app';
import { addWatchFolder, startDeviceMonitoring, stopDeviceMonitoring } from '../../src-main/node/services/devices';
import { importPaths } from '../../src-main/node/services/imports';

const [dbPath, mode, ...paths] = process.argv.slice(2);
const app = createCoachApp(dbPath!);
try {
  let report: unknown = null;
  if (mode === 'watch') {
    const finished = new Promise<void>((resolve) =>
      app.ctx.events.subscribe((event: PushEvent) => {
        if (event.type === 'job.progress' && event.total > 0 && event.done === event.total) resolve();
      }),
    );
    await addWatchFolder(app.ctx, paths[0]!, 'watch');
    startDeviceMonitoring(app.ctx, { useDefaultRoots: false, intervalMs: 200 });
    await finished;
    stopDeviceMonitoring(app.ctx);
  } else {
    report = await importPaths(app.ctx, paths, {});
  }
  process.stdout.write(JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024, report }));
} finally {
  await app.close();
}
