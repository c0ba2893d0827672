import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'zlib', 'crypto', 'http', 'net', 'url'];

/** Layer rules (VS Code style): what each runtime layer may import. */
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src-main/common/**/*.ts'],
    rules: restrict(
      ['electron', 'better-sqlite3', 'kysely', ...nodeBuiltins, '**/node/**', '**/electron-main/**'],
      'src-main/common is pure: no electron, database or Node built-ins (see the Architecture section of README.md).',
    ),
  },
  {
    files: ['src-main/node/**/*.ts'],
    rules: restrict(['electron', '**/electron-main/**'], 'src-main/node must run without Electron (CLI, browser mode, tests).'),
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        ['electron', 'better-sqlite3', 'kysely', ...nodeBuiltins, '**/src-main/node/**', '**/electron-main/**'],
        'The renderer talks to the main process only through the typed API client.',
      ),
    },
  },
);
