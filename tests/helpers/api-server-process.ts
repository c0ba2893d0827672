/**
 * Browser mode's API server as a process of its own, without the UI build `coach serve` needs first:
 * for tests and the soak script that put several processes on one database.
 * Usage: node --import tsx tests/helpers/api-server-process.ts DB_PATH — prints `{"url"}` (the single-use launch URL) once listening.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoachApp } from '../../src-main/node/app';
import { startBrowserModeServer } from '../../src-main/node/http/server';

const dbPath = process.argv[2];
if (!dbPath) throw new Error('usage: api-server-process.ts DB_PATH');
const app = createCoachApp(dbPath);
const server = await startBrowserModeServer(app, { port: 0, rendererDir: mkdtempSync(join(tmpdir(), 'coach-no-ui-')) });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
await new Promise<void>((resolve) => {
  process.once('SIGINT', resolve);
  process.once('SIGTERM', resolve);
});
await server.close();
await app.close();
