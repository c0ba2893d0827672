// What the `coach` command and browser mode run, built ahead of time so a command starts in a fraction
// of a second instead of transpiling the TypeScript sources on every call:
//  - out/cli/: the command line bundled by esbuild (the decode worker beside it), rebuilt by bin/coach.mjs
//    whenever a source it was built from is newer than the build, so it always matches the checkout;
//  - out/renderer/: the UI browser mode serves (also what `electron-vite build` emits for the desktop app).
// `npm ci` builds both (the `prepare` script, scripts/build-prebuilt.mjs). Plain JavaScript, so that it
// runs before anything is built; esbuild and Vite are loaded only when a build is due.
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, sep } from 'node:path';

export const root = join(import.meta.dirname, '..');
const cliDir = join(root, 'out', 'cli');
/** Names the current build and lists what it was built from; replaced in one rename, so readers never see half of it. */
const cliManifest = join(cliDir, 'current.json');
/**
 * Inputs outside the bundle's own source list that change what a build would produce: the build
 * settings (this file) and the installed dependencies, which npm records in this file on every install.
 */
const cliBuildInputs = ['scripts/prebuilt.mjs', 'node_modules/.package-lock.json'];
/** A replaced build is kept this long: a long-running process (browser mode) still loads chunks from it. */
const KEEP_REPLACED_BUILD_MS = 60 * 60 * 1000;

/**
 * Whether a build made at `builtAtMs` is out of date, given the modification times of what it was
 * built from (undefined: the file is gone, so whatever imported it has changed too).
 * @param {number} builtAtMs
 * @param {readonly (number | undefined)[]} inputModifiedMs
 */
export function isStale(builtAtMs, inputModifiedMs) {
  return inputModifiedMs.some((modified) => modified === undefined || modified > builtAtMs);
}

const modifiedMs = (path) => statSync(join(root, path), { throwIfNoEntry: false })?.mtimeMs;

function readManifest() {
  try {
    return JSON.parse(readFileSync(cliManifest, 'utf8'));
  } catch {
    return null;
  }
}

/** The bundled command line's entry file when it is up to date with the checkout, else null. */
export function currentCliEntry() {
  const manifest = readManifest();
  if (!manifest) return null;
  const entry = join(cliDir, manifest.build, 'coach.js');
  // The build inputs may be absent (another package manager); only a change to one counts.
  const times = [...manifest.sources.map(modifiedMs), ...cliBuildInputs.map((p) => modifiedMs(p) ?? 0)];
  return isStale(manifest.builtAt, times) || !existsSync(entry) ? null : entry;
}

/**
 * Bundles src-main/node/cli into out/cli/<build>/ and makes it current. Each build gets its own folder
 * and the manifest is switched by a rename, so commands started in parallel (the test suites) each
 * see one complete build, whoever built it.
 * @returns {Promise<string>} the entry file
 */
export async function buildCli() {
  requireWritable(cliDir);
  const { build } = await import('esbuild');
  // Taken before reading any source: a file saved during the build makes the next call rebuild.
  const builtAt = Date.now();
  const name = `${builtAt.toString(36)}-${process.pid}`;
  const outdir = join(cliDir, name);
  const result = await build({
    absWorkingDir: root,
    entryPoints: {
      coach: 'src-main/node/cli/index.ts',
      // decode-pool starts workers from ./decode-worker.js beside the module that holds it.
      'decode-worker': 'src-main/node/import/decode-worker.ts',
    },
    outdir,
    bundle: true,
    // Modules loaded with import() (the PDF layer, the FIT encoder) become chunks read only when used.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    // better-sqlite3 loads its native binding, and pdfkit its font metrics, from files beside their own.
    external: ['better-sqlite3', 'pdfkit'],
    // Bundled CommonJS dependencies call require() for Node's built-ins.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    // Less text to read and parse at each start; names stay, and the source map leads back to the sources.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    plugins: [withoutZodTranslations],
    metafile: true,
    logLevel: 'warning',
  });
  // The files of this checkout the bundle was made from (not the dependencies, nor modules made up by a plugin).
  const sources = Object.keys(result.metafile.inputs).filter(
    (path) => !path.split(/[\\/]/).includes('node_modules') && existsSync(join(root, path)),
  );
  const previous = readManifest()?.build;
  const staged = `${cliManifest}.${process.pid}`;
  writeFileSync(staged, JSON.stringify({ build: name, builtAt, sources }));
  renameSync(staged, cliManifest);
  removeOldBuilds([name, previous]);
  return join(outdir, 'coach.js');
}

/**
 * zod re-exports every translation of its error messages as `z.locales`, which no code here reads (its
 * messages stay the English zod sets itself); they were nearly 300 KB of code every command loaded.
 */
const withoutZodTranslations = {
  name: 'without-zod-translations',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) =>
      importer.split(/[\\/]/).includes('zod') ? { path: 'zod-translations', namespace: 'left-out' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({ contents: 'export {};' }));
  },
};

/** A checkout the user cannot write (another user's, read-only) can run a current build, never make one. */
function requireWritable(dir) {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch {
    throw new Error(
      `the command line must be rebuilt (a source changed since ${relative(root, dir).split(sep).join('/')} was built), but this user cannot write there: run "npm run build" as the checkout's owner`,
    );
  }
}

function removeOldBuilds(keep) {
  for (const entry of readdirSync(cliDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || keep.includes(entry.name)) continue;
    const path = join(cliDir, entry.name);
    if (Date.now() - statSync(path).mtimeMs > KEEP_REPLACED_BUILD_MS) rmSync(path, { recursive: true, force: true });
  }
}

/** The bundled command line's entry file, built first if it is missing or older than its sources. */
export async function ensureCli() {
  return currentCliEntry() ?? (await buildCli());
}

export const rendererDir = join(root, 'out', 'renderer');
/** The UI's sources: the renderer and the contract and domain code it shares with the main process. */
const rendererSources = ['src-renderer', join('src-main', 'common'), join('scripts', 'renderer-config.mjs')];

function newestModification(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

/** Whether out/renderer is missing or older than a source of the UI. */
export function isRendererStale() {
  const index = join(rendererDir, 'index.html');
  if (!existsSync(index)) return true;
  return isStale(
    statSync(index).mtimeMs,
    rendererSources.map((path) => newestModification(join(root, path))),
  );
}

/** Builds out/renderer with the renderer settings `electron-vite build` uses (scripts/renderer-config.mjs). */
export async function buildRenderer() {
  const [{ build }, { rendererConfig }] = await Promise.all([import('vite'), import('./renderer-config.mjs')]);
  const config = rendererConfig(root);
  await build({
    ...config,
    configFile: false,
    base: './',
    // Only errors: this runs inside `coach serve` and the test setup, whose output is read by people and tests.
    logLevel: 'error',
    build: { ...config.build, emptyOutDir: true },
  });
}

/** Builds the UI when it is missing or stale, saying so on stderr (it takes a while). */
export async function ensureRenderer(log = (message) => process.stderr.write(`${message}\n`)) {
  if (!isRendererStale()) return;
  const why = existsSync(join(rendererDir, 'index.html'))
    ? 'its sources changed since it was built'
    : 'it is not built yet';
  log(`Building the UI into ${relative(root, rendererDir).split(sep).join('/')} (${why})…`);
  await buildRenderer();
}
