#!/usr/bin/env node
// `npm test`: builds the app, runs every test runner (vitest, then Playwright against browser mode),
// and ends with one line "N passed, N failed" summing them all. Skipped tests are listed with reasons.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const results = join(root, 'test-results');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  const outcome = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return outcome.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

rmSync(join(results, 'vitest.json'), { force: true });
rmSync(join(results, 'playwright.json'), { force: true });
mkdirSync(results, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: [] };

// The same two builds as `npm run build`: the tests spawn `coach` as its users do, some as another user
// who could not rebuild a stale command line.
const built =
  run('build', bin('electron-vite'), ['build']) === 0 &&
  run('build the command line', process.execPath, [join(root, 'scripts', 'build-prebuilt.mjs'), 'cli']) === 0;
if (!built) {
  console.log('\nbuild failed');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const vitestExit = run('vitest', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(results, 'vitest.json')}`,
]);
const vitest = readJson(join(results, 'vitest.json'));
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  for (const file of vitest.testResults) {
    for (const test of file.assertionResults) {
      if (test.status === 'skipped' || test.status === 'pending' || test.status === 'todo')
        totals.skipped.push(`vitest: ${test.fullName}`);
    }
  }
}
if (vitestExit !== 0 && (!vitest || vitest.numFailedTests === 0)) totals.failed += 1; // the runner itself failed

const playwrightExit = run('playwright', bin('playwright'), ['test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: join(results, 'playwright.json'),
});
const playwright = readJson(join(results, 'playwright.json'));
if (playwright) {
  totals.passed += playwright.stats.expected + playwright.stats.flaky;
  totals.failed += playwright.stats.unexpected;
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status === 'skipped') {
          const reason = test.annotations?.find((a) => a.type === 'skip')?.description ?? '';
          totals.skipped.push(`playwright: ${spec.title}${reason ? ` — ${reason}` : ''}`);
        }
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of playwright.suites) visit(suite);
}
if (playwrightExit !== 0 && (!playwright || playwright.stats.unexpected === 0)) totals.failed += 1;

if (totals.skipped.length > 0) {
  console.log(`\nSkipped (${totals.skipped.length}):`);
  for (const line of totals.skipped) console.log(`  - ${line}`);
}
if (!existsSync(join(root, '..', 'shared', 'fixtures')) && !process.env.COACH_FIXTURES) {
  console.log('Note: ../shared/fixtures is absent, so the real-device fixture tests were skipped.');
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
