// Types for scripts/renderer-config.mjs (plain JavaScript: scripts/prebuilt.mjs loads it before anything is built).
import type { UserConfig } from 'vite';

export declare function rendererConfig(
  root: string,
): UserConfig & { root: string; build: NonNullable<UserConfig['build']> };
