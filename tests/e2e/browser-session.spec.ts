import { test as base, expect, type Page } from '@playwright/test';
import { startServer, type LaunchedServer } from './server';

/** Servers of this file's own whose launch URLs no fixture has used yet. */
const test = base.extend<object, { launched: [LaunchedServer, LaunchedServer] }>({
  launched: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const servers = await Promise.all([startServer({ demo: false }), startServer({ demo: false })]);
      try {
        await use(servers as [LaunchedServer, LaunchedServer]);
      } finally {
        await Promise.all(servers.map((s) => s.stop()));
      }
    },
    { scope: 'worker', timeout: 150_000 },
  ],
});

async function expectWelcome(page: Page) {
  await expect(page.getByRole('region', { name: 'Welcome to Coach Workstation' })).toBeVisible();
}

test('the launch URL works once: it becomes a per-port session cookie, a reload keeps working, the history entry opens nothing', async ({
  browser,
  launched: [first, second],
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(first.launchUrl);
  expect(page.url()).toBe(`${first.origin}/`);
  await expectWelcome(page);
  await page.reload();
  await expectWelcome(page);

  // The same tokened URL from the history, in another browser profile: spent.
  const stranger = await browser.newContext();
  const replay = await (await stranger.newPage()).goto(first.launchUrl);
  expect(replay!.status()).toBe(401);
  expect(await replay!.text()).toContain('already used');
  await stranger.close();

  // A second server on another port: its cookie sits beside the first one's instead of replacing it.
  await page.goto(second.launchUrl);
  await expectWelcome(page);
  const names = (await context.cookies()).map((c) => c.name).sort();
  expect(names).toEqual(
    [`coach_session_${new URL(first.origin).port}`, `coach_session_${new URL(second.origin).port}`].sort(),
  );
  await page.goto(`${first.origin}/`);
  await expectWelcome(page);
  // The browser that used the link may open it again (from its history) and just lands on the app.
  await page.goto(first.launchUrl);
  expect(page.url()).toBe(`${first.origin}/`);
  await expectWelcome(page);
  await context.close();
});
