#!/usr/bin/env node
// The `coach` command runs the command line bundled ahead of time (out/cli), so a call starts in a
// fraction of a second; a source newer than the bundle makes it rebuild first (about a second), so
// it always matches the checked-out code, right after `npm ci` or an edit alike.
import { pathToFileURL } from 'node:url';
import { ensureCli } from '../scripts/prebuilt.mjs';

let entry;
try {
  entry = await ensureCli();
} catch (error) {
  process.stderr.write(`coach: ${error.message}\n`);
  process.exit(1);
}
await import(pathToFileURL(entry).href);
