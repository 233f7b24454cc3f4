import noUnsanitized from 'eslint-plugin-no-unsanitized';
import security from 'eslint-plugin-security';
import tseslint from 'typescript-eslint';

const nodeOnly = ['better-sqlite3', 'electron', 'fs', 'path', 'os', 'child_process', 'crypto', 'http'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'src/main/db/migrations/**'] },
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
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only src/main/shell may import electron.' }] }],
    },
  },
);
