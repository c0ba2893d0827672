#!/usr/bin/env node
// `node scripts/build-prebuilt.mjs [cli] [ui]` (both when none is named): builds what `coach` and browser
// mode run, when missing or older than its sources (see prebuilt.mjs). `npm ci` runs it as the
// `prepare` script, so the first command and the first `coach serve` start without a build.
import { ensureCli, ensureRenderer } from './prebuilt.mjs';

const targets = process.argv.slice(2);
const wanted = (target) => targets.length === 0 || targets.includes(target);
const unknown = targets.filter((t) => t !== 'cli' && t !== 'ui');
if (unknown.length > 0) {
  process.stderr.write(`build-prebuilt: unknown target ${unknown.join(', ')} (cli, ui)\n`);
  process.exit(2);
}
if (wanted('cli')) await ensureCli();
if (wanted('ui')) await ensureRenderer();
