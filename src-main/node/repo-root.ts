import { fileURLToPath } from 'node:url';

/** The checkout's root, for the built renderer and scripts; valid when run from source (CLI, tests). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
