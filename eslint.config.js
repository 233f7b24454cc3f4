import i18next from 'eslint-plugin-i18next';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import security from 'eslint-plugin-security';
import tseslint from 'typescript-eslint';

// A statement cache written by hand once kept a statement of a closed database alive; there is one.
const ownStatementCache = {
  selector: "NewExpression[callee.name='WeakMap']",
  message: 'Cache prepared statements with statementCache (src/main/db/statements.ts), the one cache per open database.',
};

const onlyShell = { name: 'electron', message: 'Only src/main/shell may import electron.' };
const nodeOnly = ['better-sqlite3', 'electron', 'fs', 'path', 'os', 'child_process', 'crypto', 'http'];

// better-sqlite3's get() drops the error of a commit that happens when it resets the statement:
// a write read with .get() outside a transaction can answer with a row a full disk never stored.
const returningGet = {
  selector: "CallExpression[callee.property.name='get'] > MemberExpression > CallExpression[callee.property.name='returning']",
  message: 'Read a write … RETURNING with .all() (see src/main/db/returned.ts): .get() can hide a failed commit.',
};

// A domain rule written out a second time drifts from the first (the board and the reminders once
// disagreed on what counts as a deliverable): each has one home in src/shared/rules, and SQL lists
// are written from those constants (src/main/db/sqlFragments.ts).
const both = (a, b) => `:has(Literal[value='${a}']):has(Literal[value='${b}'])`;
// Reported once, at the outermost condition of a chain (`a && b && c`).
const outermost = 'LogicalExpression:not(LogicalExpression > LogicalExpression)';
const quotedReminderKind = "/'(licence_expiry|min_live_end)'/";
const quotedEndStage = "/'(completed|terminated|declined)'/";
const kindsHome = 'Duplicated rule: which deadline kinds only remind lives in src/shared/rules/deadlineKinds.ts (isDeliverable, REMINDER_ONLY_KINDS; in SQL, REMINDER_ONLY_KINDS_SQL).';
const stagesHome = 'Duplicated rule: stage groups live in src/shared/rules/stageGroups.ts (in SQL, the lists in src/main/db/sqlFragments.ts).';
const stagePairs = [both('completed', 'terminated'), both('terminated', 'declined'), both('completed', 'declined')];
const duplicatedRules = [
  { selector: `ArrayExpression${both('licence_expiry', 'min_live_end')}`, message: kindsHome },
  { selector: `${outermost}${both('licence_expiry', 'min_live_end')}`, message: kindsHome },
  { selector: `Literal[value=${quotedReminderKind}]`, message: kindsHome },
  { selector: `TemplateElement[value.raw=${quotedReminderKind}]`, message: kindsHome },
  { selector: stagePairs.map((pair) => `ArrayExpression${pair}`).join(', '), message: stagesHome },
  { selector: stagePairs.map((pair) => `${outermost}${pair}`).join(', '), message: stagesHome },
  { selector: `Literal[value=${quotedEndStage}]`, message: stagesHome },
  { selector: `TemplateElement[value.raw=${quotedEndStage}]`, message: stagesHome },
  {
    selector: "BinaryExpression[operator='*']:has(> Literal[value=48]), Literal[value=172800000]",
    message: 'Duplicated rule: the due-soon window lives in src/shared/rules/health.ts (DUE_SOON_MS).',
  },
  {
    selector: "CallExpression[callee.name='addCalendarDays']:has(> Literal[value=6])",
    message: 'Duplicated rule: the reminder week lives in src/shared/rules/dueWeek.ts (dueWeekEnd).',
  },
];

// Words on screen come from the catalogs (src/shared/i18n/catalogs), never from a literal: text
// between tags and the attributes people read are checked. The props below are not words.
const noLiteralWords = [
  'error',
  {
    mode: 'jsx-only',
    'should-validate-template': true,
    'jsx-attributes': {
      include: ['label', 'placeholder', 'title', 'aria-label', 'description', 'alt', 'error', 'tooltip', 'nothingFoundMessage', 'message', 'confirmLabel', 'cancelLabel', 'emptyText', 'hint'],
    },
    words: { exclude: ['[0-9!-/:-@[-`{-~\\s·•…→←↑↓✓×–—%€$¥£]+', '[A-Z_-]+', '⌘', 'Ctrl', '@', 'Followthrough'] },
    // The plugin's own list, and the form helpers whose string is a field's name, not words.
    callees: {
      exclude: ['i18n(ext)?', 't', 'require', 'addEventListener', 'removeEventListener', 'postMessage', 'getElementById', 'dispatch', 'commit', 'includes', 'indexOf', 'endsWith', 'startsWith', 'getInputProps', 'setFieldValue', 'getValues', 'insertListItem', 'removeListItem', 'key'],
    },
  },
];

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
    // Rules have one home each; tests state expected values in their own words.
    files: ['src/**/*.{ts,tsx}', 'bench/**/*.ts'],
    ignores: ['src/shared/rules/**', 'src/shared/stages.ts', 'src/main/**', '**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...duplicatedRules] },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', returningGet, ownStatementCache, ...duplicatedRules] },
  },
  {
    files: ['src/main/db/statements.ts'],
    rules: { 'no-restricted-syntax': ['error', returningGet, ...duplicatedRules] },
  },
  {
    files: ['src/main/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', returningGet] },
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
  {
    files: ['src/renderer/src/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': noLiteralWords },
  },
);
