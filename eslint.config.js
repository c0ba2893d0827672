import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'zlib', 'crypto', 'http', 'net', 'url'];

const SQL_OUTSIDE_DB = 'SQL lives in src-main/node/db: call a repository function there instead (docs/architecture.md#data).';

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
  /**
   * All SQL lives in src-main/node/db, behind repositories that return domain-shaped values: elsewhere no
   * query builder, raw SQL or prepared statement, and no kysely import (db/schema.ts names the database
   * types). Its rules are not the layer rules' no-restricted-imports, so they add to those instead of
   * replacing them.
   */
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/node/db/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['kysely', 'better-sqlite3'].map((name) => ({ name, message: SQL_OUTSIDE_DB })),
          patterns: [{ group: ['kysely/*'], message: SQL_OUTSIDE_DB }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(selectFrom|selectNoFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto|withRecursive|executeQuery|startTransaction|prepare|pragma)$/]',
          message: SQL_OUTSIDE_DB,
        },
        // Kysely's common table expressions, told apart from Array.prototype.with(index, value) by their builder callback.
        { selector: "CallExpression[callee.property.name='with'][arguments.1.type=/FunctionExpression$/]", message: SQL_OUTSIDE_DB },
        { selector: "TaggedTemplateExpression[tag.name='sql'], TaggedTemplateExpression[tag.object.name='sql']", message: SQL_OUTSIDE_DB },
      ],
    },
  },
);
