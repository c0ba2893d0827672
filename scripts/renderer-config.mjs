// The UI's build settings, shared by `electron-vite build` (electron.vite.config.ts) and the build
// browser mode and the end-to-end tests make on their own (scripts/prebuilt.mjs), so both emit one UI.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';

const root = resolve(import.meta.dirname, '..');

export const rendererConfig = {
  root: resolve(root, 'src-renderer'),
  plugins: [react()],
  build: {
    outDir: resolve(root, 'out/renderer'),
    rollupOptions: { input: { index: resolve(root, 'src-renderer/index.html') } },
  },
};
