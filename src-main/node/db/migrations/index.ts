import type { Migration } from './migration';
import { initialSchema } from './001-initial';

/** Static, append-only list: a folder scan would break once the main process is bundled. */
export const migrations: readonly Migration[] = [initialSchema];
