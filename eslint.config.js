import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import security from 'eslint-plugin-security';
import tseslint from 'typescript-eslint';

const onlyShell = { name: 'electron', message: 'Only src/main/shell may import electron.' };
const nodeOnly = ['better-sqlite3', 'electron', 'fs', 'path', 'os', 'child_process', 'crypto', 'http'];

export default tseslint.config(
  {
    ignores: [
      'out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'src/main/db/migrations/**',
      // Broken on purpose: scripts/lint.test.ts lints them to prove the rules still catch what they are for.
      'src/main/testing/lintFixtures/**',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-debugger': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // Modules that import each other start half-initialised (an import read before its module ran is
    // undefined) and cannot be understood one at a time: every dependency points one way.
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.{ts,mjs}', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Security rules: no eval or string-built code, no innerHTML / document.write with unescaped
    // text, no regular expressions that can be made to run for ever, no unchecked child processes.
    files: ['src/**/*.{ts,tsx}'],
    // Tests build patterns from their own fixed strings and use script URLs as hostile input.
    ignores: ['**/*.test.ts'],
    plugins: { security, 'no-unsanitized': noUnsanitized },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'security/detect-eval-with-expression': 'error',
      'security/detect-unsafe-regex': 'error',
      'security/detect-non-literal-regexp': 'error',
      'security/detect-child-process': 'error',
      'security/detect-new-buffer': 'error',
      'security/detect-buffer-noassert': 'error',
      'security/detect-pseudoRandomBytes': 'error',
      'security/detect-disable-mustache-escape': 'error',
      'security/detect-no-csrf-before-method-override': 'error',
      'security/detect-bidi-characters': 'error',
    },
  },
  {
    // better-sqlite3's get() drops the error of a commit that happens when it resets the statement:
    // a write read with .get() outside a transaction can answer with a row a full disk never stored.
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='get'] > MemberExpression > CallExpression[callee.property.name='returning']",
          message: 'Read a write … RETURNING with .all() (see src/main/db/returned.ts): .get() can hide a failed commit.',
        },
      ],
    },
  },
  {
    // Code that runs in the page or on both sides must not reach for Node or Electron.
    files: ['src/shared/**/*.ts', 'src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: nodeOnly, patterns: [{ group: ['node:*'], message: 'Node modules cannot run in the renderer or shared code.' }] },
      ],
    },
  },
  {
    // Only the shell (and the entry point) may talk to Electron; everything else must run in the browser host too.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/shell/**', 'src/main/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [onlyShell] }],
    },
  },
  {
    // Services are the domain rules: the app's parts that run them (dispatcher, workers, shell, host)
    // call services, never the other way round. Their tests may drive those parts.
    files: ['src/main/services/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [onlyShell],
          patterns: [
            {
              group: ['**/api/*', '**/workers/*', '**/shell/*', '**/host/*', '**/runtime'],
              message: 'Services must not depend on what calls them (api, workers, shell, host, runtime).',
            },
          ],
        },
      ],
    },
  },
);
