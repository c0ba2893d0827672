// Types for scripts/renderer-config.mjs (plain JavaScript: scripts/prebuilt.mjs loads it before anything is built).
import type { UserConfig } from 'vite';

export declare const rendererConfig: UserConfig & { root: string; build: NonNullable<UserConfig['build']> };
