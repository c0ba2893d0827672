import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the UI in browser mode: each worker starts `coach serve` on a fresh database
 * (tests/e2e/server.ts) and drives it in the system Chromium.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 3,
  reporter: [['list']],
  use: {
    viewport: { width: 1360, height: 900 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
    trace: 'retain-on-failure',
  },
});
