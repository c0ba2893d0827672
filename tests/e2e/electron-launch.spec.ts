import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import {
  findElectronBinary,
  isNativeBindingCurrent,
  NATIVE_BINDING_ENV,
  nativeBindingPath,
  readPackageVersion,
} from '../../scripts/electron-native.mjs';

/**
 * Smoke test of the real desktop app: Electron, the preload bridge, IPC to SQLite and the window's
 * lock-down. The rest of the UI is tested in browser mode; this only proves the Electron shell.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const electronBinary = findElectronBinary(root);
const nativeBinding = nativeBindingPath(root, {
  electronVersion: readPackageVersion(root, 'electron'),
  platform: process.platform,
  arch: process.arch,
});

/** What the stubbed dialog and shell saw, kept on the main process's globalThis. */
interface ExternalLinkLog {
  asked: string[];
  opened: string[];
}
type MainGlobals = typeof globalThis & { externalLinkLog: ExternalLinkLog };

/** The runner's environment plus the binding, minus ELECTRON_RUN_AS_NODE (it would start Electron as plain Node). */
function electronEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && name !== 'ELECTRON_RUN_AS_NODE') env[name] = value;
  }
  return { ...env, [NATIVE_BINDING_ENV]: nativeBinding };
}

test.describe('desktop app (Electron)', () => {
  test.skip(
    !electronBinary,
    'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD or allowScripts); run `npm start` once to fetch it',
  );
  test.skip(
    !isNativeBindingCurrent(nativeBinding, readPackageVersion(root, 'better-sqlite3')),
    "better-sqlite3 is not built for Electron's ABI in .native/; run `npm start` once to build it",
  );
  test.skip(
    !existsSync(join(root, 'out', 'main', 'index.js')),
    'The desktop app is not built; run `npm run build` (or `npm start`)',
  );

  let dir: string;
  let app: ElectronApplication;
  let page: Page;

  test.beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'coach-electron-'));
    app = await electron.launch({
      executablePath: electronBinary!,
      args: [
        // Chromium refuses to run its sandbox as root (CI containers); a normal user keeps it.
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        root,
        '--db',
        join(dir, 'coach.db'),
        // A profile of its own, so the single-instance lock does not collide with a coach's open app.
        '--user-data-dir',
        join(dir, 'profile'),
      ],
      env: electronEnv(),
    });
    page = await app.firstWindow();
  });

  test.afterEach(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('opens the roster in a window whose page has only the coach bridge', async () => {
    await expect(page).toHaveTitle('Coach Workstation');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Roster/ })).toBeVisible();

    expect(await page.evaluate(() => Object.keys(window.coach ?? {}).sort())).toEqual(['invoke', 'on', 'saveFile']);
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');

    const info = await page.evaluate(() => window.coach!.invoke('app.info', {}));
    expect(info.ok).toBe(true);
  });

  test('keeps the window on the app and asks before sending a web link to the browser', async () => {
    await app.evaluate(({ dialog, shell }) => {
      const log: ExternalLinkLog = { asked: [], opened: [] };
      (globalThis as MainGlobals).externalLinkLog = log;
      // The coach answers "Cancel"; the real dialog would block the test.
      dialog.showMessageBox = (async (...args: unknown[]) => {
        log.asked.push((args.at(-1) as { message: string }).message);
        return { response: 1, checkboxChecked: false };
      }) as typeof dialog.showMessageBox;
      shell.openExternal = async (url: string) => {
        log.opened.push(url);
      };
    });
    const appUrl = page.url();
    const linkLog = () => app.evaluate(() => (globalThis as MainGlobals).externalLinkLog);

    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await expect.poll(async () => (await linkLog()).asked).toEqual(['Open https://example.com/ in your browser?']);
    expect(page.url()).toBe(appUrl);

    expect(await page.evaluate(() => window.open('https://example.com/popup'))).toBeNull();
    await expect.poll(async () => (await linkLog()).asked).toHaveLength(2);
    expect(app.windows()).toHaveLength(1);
    expect((await linkLog()).opened).toEqual([]);
  });
});
