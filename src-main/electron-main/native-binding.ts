import { existsSync } from 'node:fs';
import { NATIVE_BINDING_ENV, nativeBindingPath, type NativeTarget } from '../../scripts/electron-native.mjs';

/**
 * The better_sqlite3.node to load in this Electron process: the one `npm start` names in the
 * environment, else the one it built earlier in the checkout's .native folder (so launching the
 * built app directly, as the e2e test does, also works). Undefined means better-sqlite3's own build,
 * which is right in a packaged app, where the installer rebuilt node_modules for Electron.
 */
export function findNativeBinding(
  env: NodeJS.ProcessEnv,
  checkoutRoot: string,
  target: NativeTarget,
): string | undefined {
  const fromEnv = env[NATIVE_BINDING_ENV];
  if (fromEnv) return fromEnv;
  const built = nativeBindingPath(checkoutRoot, target);
  return existsSync(built) ? built : undefined;
}

/** Turns a failure to open the database into advice the person starting the app can act on. */
export function explainDatabaseOpenFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Node's wording when a native module was compiled for another ABI (e.g. Node's instead of Electron's).
  if (/NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(message)) {
    return [
      message,
      '',
      'better-sqlite3 was built for plain Node, not for Electron. Start the desktop app with `npm start`,',
      `which builds an Electron copy into .native/ and passes it in ${NATIVE_BINDING_ENV}.`,
    ].join('\n');
  }
  if (/better_sqlite3\.node/.test(message) && /Cannot find module|ENOENT/.test(message)) {
    return [message, '', `The file named in ${NATIVE_BINDING_ENV} does not exist: run \`npm start\` to build it.`].join(
      '\n',
    );
  }
  return message;
}
