import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import { rendererConfig } from './scripts/renderer-config.mjs';

// One build for the three Electron targets. The renderer output (out/renderer) is also what
// browser mode serves, so the UI is identical on both transports; its settings are shared with the
// UI-only build of scripts/prebuilt.mjs.
export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('src-main/electron-main/index.ts'),
          // Emitted beside index.js, where decode-pool's default factory looks for it (import.meta.url).
          'decode-worker': resolve('src-main/node/import/decode-worker.ts'),
        },
      },
    },
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('src-main/preload/index.ts') },
        // Sandboxed preloads must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  // electron-vite runs in the checkout's root.
  renderer: rendererConfig(resolve('.')),
});
