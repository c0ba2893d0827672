// The UI's build settings, shared by `electron-vite build` (electron.vite.config.ts) and the build
// browser mode and the end-to-end tests make on their own (scripts/prebuilt.mjs), so both emit one UI.
// The checkout's root is passed in: electron-vite bundles its config elsewhere, so this module cannot
// find it from its own location.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';

/** @param {string} root */
export function rendererConfig(root) {
  return {
    root: resolve(root, 'src-renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: { index: resolve(root, 'src-renderer/index.html') } },
    },
  };
}
