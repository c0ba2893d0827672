import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { build } from 'vite';

/**
 * Builds only the renderer (what `coach serve` serves), mirroring the renderer section of
 * electron.vite.config.ts. Building main and preload too would make the UI tests depend on them.
 */
export async function buildRenderer(): Promise<void> {
  await build({
    configFile: false,
    root: resolve('src-renderer'),
    base: './',
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir: resolve('out/renderer'), emptyOutDir: true },
  });
}
