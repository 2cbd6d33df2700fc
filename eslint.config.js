// Lint rules enforce the import table of ARCHITECTURE.md: a wrong-way import fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = [
  'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'util',
  'stream', 'events', 'worker_threads', 'zlib', 'readline', 'process', 'buffer', 'module',
];
const nodePatterns = ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'build/**', 'dist/**', 'release/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-warning-comments': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      [...nodePatterns, 'electron', 'electron/*', 'better-sqlite3', 'react', 'react-dom', 'react/*', 'zustand', '**/electron/**', '**/renderer/**'],
      'shared/ is pure TypeScript: only shared/, resources/, luxon and zod (ARCHITECTURE.md).',
    ),
  },
  {
    files: ['electron/services/**/*.ts', 'electron/host/**/*.ts'],
    rules: restrict(
      ['electron', 'electron/*', 'react', 'react-dom', '**/renderer/**', '**/main/**', '**/preload/**'],
      'services and host run in plain Node: never electron, never the renderer (ARCHITECTURE.md).',
    ),
  },
  {
    files: ['electron/cli/**/*.ts'],
    rules: restrict(
      ['electron', 'electron/*', 'better-sqlite3', 'react', '**/renderer/**', '**/services/**', '**/main/**', '**/host/**'],
      'the sla command uses shared/ and Node built-ins only (ARCHITECTURE.md).',
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [...nodePatterns, 'electron', 'electron/*', 'better-sqlite3', '**/electron/**'],
        'the renderer talks only through the api client (ARCHITECTURE.md).',
      ),
    },
  },
);
