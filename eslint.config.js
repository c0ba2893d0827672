import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'zlib',
  'crypto',
  'http',
  'net',
  'url',
];

const SQL_OUTSIDE_DB =
  'SQL lives in src-main/node/db: call a repository function there instead (docs/architecture.md#data).';

/** Layer rules (VS Code style): what each runtime layer may import; one entry per rule a file is under. */
const restrict = (...rules) => ({
  'no-restricted-imports': ['error', { patterns: rules.map(([group, message]) => ({ group, message })) }],
});

const pureCommon = [
  ['electron', 'better-sqlite3', 'kysely', ...nodeBuiltins, '**/node/**', '**/electron-main/**'],
  'src-main/common is pure: no electron, database or Node built-ins (see the Architecture section of README.md).',
];

/** The layers are one-way: type-only imports count too, as a cycle of types is still a cycle of concepts. */
const vocabularyBelowContract = [
  ['**/contract', '**/contract/**'],
  'The domain owns its vocabulary and the contract composes it, never the reverse: move the type or schema into the domain (see docs/architecture.md#layers).',
];

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
    rules: restrict(pureCommon),
  },
  {
    files: ['src-main/common/domain/**/*.ts', 'src-main/common/format/**/*.ts'],
    rules: restrict(pureCommon, vocabularyBelowContract),
  },
  {
    files: ['src-main/node/**/*.ts'],
    rules: restrict([
      ['electron', '**/electron-main/**'],
      'src-main/node must run without Electron (CLI, browser mode, tests).',
    ]),
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        ['electron', 'better-sqlite3', 'kysely', ...nodeBuiltins, '**/src-main/node/**', '**/electron-main/**'],
        'The renderer talks to the main process only through the typed API client.',
      ]),
    },
  },
  {
    // A module reached again through its own imports sees half-initialised bindings at load time, and the
    // layers stop being one-way (see docs/architecture.md#layers). The rule follows runtime imports only.
    files: ['src-main/**/*.ts', 'src-renderer/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
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
        {
          selector: "CallExpression[callee.property.name='with'][arguments.1.type=/FunctionExpression$/]",
          message: SQL_OUTSIDE_DB,
        },
        {
          selector: "TaggedTemplateExpression[tag.name='sql'], TaggedTemplateExpression[tag.object.name='sql']",
          message: SQL_OUTSIDE_DB,
        },
      ],
    },
  },
);
