/**
 * A browser-mode server in a process of its own, so the upload memory test can read this process's peak
 * resident memory. Prints its launch URL as one JSON line, then answers each line on stdin: "mark"
 * with the resident memory now, "peak" with the peak since the start (both in KB).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startBrowserModeServer } from '../../../src-main/node/http/server';
import { createTempApp } from '../../helpers/temp-app';

const app = createTempApp();
const rendererDir = mkdtempSync(join(tmpdir(), 'coach-renderer-'));
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Coach Workstation</title>');
const server = await startBrowserModeServer(app, { rendererDir });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);

for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'mark')
    process.stdout.write(`${JSON.stringify({ rssKb: Math.round(process.memoryUsage().rss / 1024) })}\n`);
  if (line === 'peak') {
    process.stdout.write(`${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
    break;
  }
}
await server.close();
await app.dispose();
