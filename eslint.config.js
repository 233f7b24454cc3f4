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
