// Getting the desktop app runnable on a fresh clone: the Electron binary, and better-sqlite3 built
// for Electron's ABI. Node (tests, CLI, browser mode) keeps using node_modules/better-sqlite3/build;
// the Electron copy lives apart in .native/, so neither runtime ever breaks the other.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

/** The main process reads the Electron-ABI better_sqlite3.node from this variable. */
export const NATIVE_BINDING_ENV = 'COACH_SQLITE_BINDING';

const BINDING_FILE = 'better_sqlite3.node';
const STAMP_FILE = 'build-info.json';
const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';
const BROWSER_MODE_HINT = 'Without it you can still run the same app in your browser: npm run serve';

/** A setup step failed in a way the user has to fix; the message says how. */
export class SetupError extends Error {
  name = 'SetupError';
}

/**
 * Where the Electron-ABI binding of one Electron version, platform and architecture lives. The
 * version is in the folder name so upgrading Electron builds a fresh copy instead of loading a stale one.
 */
export function nativeBindingPath(root, { electronVersion, platform, arch }) {
  return join(root, '.native', `electron-${electronVersion}-${platform}-${arch}`, BINDING_FILE);
}

export function readPackageVersion(root, packageName) {
  return JSON.parse(readFileSync(join(root, 'node_modules', packageName, 'package.json'), 'utf8')).version;
}

/**
 * The Electron executable if its binary has been downloaded, else undefined. Mirrors what
 * node_modules/electron/index.js does, without throwing.
 */
export function findElectronBinary(root, env = process.env) {
  const electronDir = join(root, 'node_modules', 'electron');
  let relativePath;
  try {
    relativePath = readFileSync(join(electronDir, 'path.txt'), 'utf8');
  } catch {
    return undefined;
  }
  const executable = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relativePath)
    : join(electronDir, 'dist', relativePath);
  return existsSync(executable) ? executable : undefined;
}

/**
 * The binding is reusable when it exists and was built from the installed better-sqlite3 version;
 * an `npm update` of better-sqlite3 must trigger a rebuild even though the Electron version is unchanged.
 */
export function isNativeBindingCurrent(bindingPath, betterSqliteVersion) {
  if (!existsSync(bindingPath)) return false;
  try {
    const stamp = JSON.parse(readFileSync(join(dirname(bindingPath), STAMP_FILE), 'utf8'));
    return stamp.betterSqlite3 === betterSqliteVersion;
  } catch {
    return false;
  }
}

/**
 * Places node-gyp may be, best first: the one npm names when it runs a script, one installed in the
 * project, then the copy bundled with npm next to this Node.
 */
export function nodeGypCandidates(root, env = process.env, execPath = process.execPath, platform = process.platform) {
  const nodeDir = dirname(execPath);
  const npmBundled =
    platform === 'win32'
      ? join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')
      : join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  return [env.npm_config_node_gyp, join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'), npmBundled].filter(
    (candidate) => typeof candidate === 'string' && candidate !== '',
  );
}

/** Downloads the Electron binary when the install skipped it (ELECTRON_SKIP_BINARY_DOWNLOAD, or allowScripts). */
export function ensureElectronBinary(root, log = console.log) {
  const existing = findElectronBinary(root);
  if (existing) return existing;
  log('Electron binary not found: downloading it (node_modules/electron/install.js)…');
  const env = { ...process.env };
  // install.js silently does nothing while this is set, which is likely why the binary is missing.
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  const installed = findElectronBinary(root);
  if (installed) return installed;
  throw new SetupError(
    [
      `Could not download the Electron binary (install.js ${describeExit(result)}).`,
      'It comes from GitHub (or $ELECTRON_MIRROR); check the network or proxy, then run npm start again.',
      BROWSER_MODE_HINT,
    ].join('\n'),
  );
}

/**
 * Returns the path of a better_sqlite3.node for the given Electron, building it if needed: a prebuilt
 * binary first (fast, needs GitHub), compiling with node-gyp as the fallback (needs Electron's headers
 * and a C++ toolchain). The build runs on a temporary copy of the package so node_modules stays Node's.
 */
export function ensureNativeBinding(
  root,
  { electronVersion, platform = process.platform, arch = process.arch, log = console.log },
) {
  const target = nativeBindingPath(root, { electronVersion, platform, arch });
  const betterSqliteVersion = readPackageVersion(root, 'better-sqlite3');
  if (isNativeBindingCurrent(target, betterSqliteVersion)) return target;

  log(`Building better-sqlite3 ${betterSqliteVersion} for Electron ${electronVersion} (${platform}-${arch})…`);
  const workDir = mkdtempSync(join(tmpdir(), 'coach-better-sqlite3-'));
  try {
    const packageCopy = copyPackageWithoutBuild(root, workDir);
    const attempts = [
      {
        method: 'prebuild-install',
        run: () => runPrebuildInstall(root, packageCopy, { electronVersion, platform, arch }),
      },
      { method: 'node-gyp', run: () => runNodeGyp(root, packageCopy, { electronVersion, arch }) },
    ];
    const failures = [];
    for (const attempt of attempts) {
      const failure = attempt.run();
      const built = join(packageCopy, 'build', 'Release', BINDING_FILE);
      if (failure === undefined && existsSync(built)) {
        installBinding(built, target, {
          betterSqlite3: betterSqliteVersion,
          electron: electronVersion,
          method: attempt.method,
        });
        log(`better-sqlite3 for Electron is ready (${attempt.method}): ${relative(root, target)}`);
        return target;
      }
      failures.push(`  - ${attempt.method}: ${failure ?? `finished without producing build/Release/${BINDING_FILE}`}`);
    }
    throw new SetupError(
      [
        `Could not build better-sqlite3 for Electron ${electronVersion} (${platform}-${arch}):`,
        ...failures,
        'The prebuilt binary comes from GitHub; compiling needs Electron headers from electronjs.org, Python 3 and a C++ toolchain.',
        "Node's own build in node_modules/better-sqlite3 was not touched, so tests and the CLI still work.",
        BROWSER_MODE_HINT,
      ].join('\n'),
    );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function copyPackageWithoutBuild(root, workDir) {
  const source = join(root, 'node_modules', 'better-sqlite3');
  const copy = join(workDir, 'better-sqlite3');
  // Node's build/ is large and for the wrong ABI; leaving it out also means any .node found afterwards is ours.
  cpSync(source, copy, {
    recursive: true,
    filter: (path) => {
      const inside = relative(source, path);
      return inside !== 'build' && !inside.startsWith(`build${sep}`);
    },
  });
  return copy;
}

function runPrebuildInstall(root, packageCopy, { electronVersion, platform, arch }) {
  // Resolved from better-sqlite3's own location: it is that package's dependency, wherever npm put it.
  const requireFromPackage = createRequire(join(root, 'node_modules', 'better-sqlite3', 'package.json'));
  let prebuildInstall;
  try {
    prebuildInstall = requireFromPackage.resolve('prebuild-install/bin.js');
  } catch {
    return 'prebuild-install is not installed';
  }
  const args = [
    prebuildInstall,
    '--runtime',
    'electron',
    '--target',
    electronVersion,
    '--platform',
    platform,
    '--arch',
    arch,
  ];
  return describeFailure(spawnSync(process.execPath, args, { cwd: packageCopy, stdio: 'inherit' }));
}

function runNodeGyp(root, packageCopy, { electronVersion, arch }) {
  const nodeGyp = nodeGypCandidates(root).find((candidate) => isAbsolute(candidate) && existsSync(candidate));
  if (!nodeGyp) return 'node-gyp not found (it normally ships with npm)';
  const args = [
    nodeGyp,
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    `--dist-url=${ELECTRON_HEADERS_URL}`,
    // Electron's headers are cached apart from Node's, as Electron's own docs do it.
    `--devdir=${join(homedir(), '.electron-gyp')}`,
  ];
  return describeFailure(spawnSync(process.execPath, args, { cwd: packageCopy, stdio: 'inherit' }));
}

function installBinding(built, target, stamp) {
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(built, target);
  // Written last: a stamp only exists next to a completely copied binary.
  writeFileSync(
    join(dirname(target), STAMP_FILE),
    `${JSON.stringify({ ...stamp, builtAt: new Date().toISOString() }, null, 2)}\n`,
  );
}

/** undefined when the process succeeded, else why it did not. */
function describeFailure(result) {
  return result.status === 0 ? undefined : describeExit(result);
}

function describeExit(result) {
  if (result.error) return `could not start: ${result.error.message}`;
  return result.signal ? `was killed by ${result.signal}` : `exited with code ${result.status}`;
}
