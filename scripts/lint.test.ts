import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * The lint's structural rules, run through ESLint's own API with the project's config on files
 * made to break them: a plugin update or a config edit that silently stops a rule fails here.
 */

const root = resolve(import.meta.dirname, '..');
// The fixtures are ignored by `npm run lint` (they break the rules on purpose): not here.
const eslint = new ESLint({ cwd: root, ignore: false });
const fixture = (name: string) => resolve(root, 'src/main/testing/lintFixtures', name);

async function problems(files: string[]) {
  const results = await eslint.lintFiles(files);
  return results.flatMap((r) => r.messages.map((m) => ({ file: r.filePath.slice(root.length + 1), rule: m.ruleId, message: m.message })));
}

async function problemsIn(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

describe('the lint', () => {
  it('refuses two modules that import each other, on both sides', { timeout: 60_000 }, async () => {
    expect(await problems([fixture('cycleA.ts'), fixture('cycleB.ts')])).toEqual([
      { file: 'src/main/testing/lintFixtures/cycleA.ts', rule: 'import-x/no-cycle', message: 'Dependency cycle detected' },
      { file: 'src/main/testing/lintFixtures/cycleB.ts', rule: 'import-x/no-cycle', message: 'Dependency cycle detected' },
    ]);
  });

  it('lets type-only imports point back, as they are gone at run time', { timeout: 60_000 }, async () => {
    expect(await problems([fixture('typeOnly.ts'), fixture('typeOnlyPair.ts')])).toEqual([]);
  });

  it('keeps electron in the shell, and Node out of the page and shared code', { timeout: 60_000 }, async () => {
    const electron = "import { app } from 'electron';\nexport const name = app.getName();\n";
    expect(await problemsIn(electron, 'src/main/shell/probe.ts')).toEqual([]);
    expect(await problemsIn(electron, 'src/main/runtime.ts')).toEqual([expect.objectContaining({ rule: 'no-restricted-imports', message: expect.stringContaining('Only src/main/shell may import electron') })]);
    expect(await problemsIn(electron, 'src/main/services/probe.ts')).toEqual([expect.objectContaining({ rule: 'no-restricted-imports' })]);
    const node = "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n";
    expect(await problemsIn(node, 'src/shared/probe.ts')).toEqual([expect.objectContaining({ rule: 'no-restricted-imports' })]);
    expect(await problemsIn(node, 'src/renderer/src/probe.ts')).toEqual([expect.objectContaining({ rule: 'no-restricted-imports' })]);
  });

  it('keeps services from depending on what calls them, but lets their tests drive it', { timeout: 60_000 }, async () => {
    for (const from of ['../workers/reminderWorker', '../api/dispatcher', '../runtime', '../../host/push']) {
      const code = `import { x } from '${from}';\nexport const y = x;\n`;
      expect(await problemsIn(code, 'src/main/services/reminders/probe.ts'), from).toEqual([
        expect.objectContaining({ rule: 'no-restricted-imports', message: expect.stringContaining('Services must not depend on what calls them') }),
      ]);
    }
    expect(await problemsIn("import { x } from '../db/client';\nexport const y = x;\n", 'src/main/services/probe.ts')).toEqual([]);
    expect(await problemsIn("import { x } from '../workers/reminderWorker';\nexport const y = x;\n", 'src/main/services/probe.test.ts')).toEqual([]);
  });

  it('keeps words on screen out of the code, in the catalogs', { timeout: 60_000 }, async () => {
    const literal = "export const Hello = () => <p title=\"Saved\">Your changes are saved</p>;\n";
    expect(await problemsIn(literal, 'src/renderer/src/components/probe.tsx')).toEqual([
      expect.objectContaining({ rule: 'i18next/no-literal-string', message: expect.stringContaining('Saved') }),
      expect.objectContaining({ rule: 'i18next/no-literal-string', message: expect.stringContaining('Your changes are saved') }),
    ]);
    const translated = "import { useTranslation } from 'react-i18next';\nexport const Hello = () => { const { t } = useTranslation(); return <p title={t('nav.board')} className=\"wide\" data-x=\"y\">{t('search')} · 3</p>; };\n";
    expect(await problemsIn(translated, 'src/renderer/src/components/probe.tsx')).toEqual([]);
  });

  it('keeps one cache of prepared statements', { timeout: 60_000 }, async () => {
    const own = 'const cache = new WeakMap<object, string>();\nexport const get = (k: object) => cache.get(k);\n';
    expect(await problemsIn(own, 'src/main/services/probe.ts')).toEqual([
      expect.objectContaining({ rule: 'no-restricted-syntax', message: expect.stringContaining('statementCache') }),
    ]);
    expect(await problemsIn(own, 'src/main/db/statements.ts')).toEqual([]);
  });

  it('refuses a domain rule written out again outside its home in src/shared/rules', { timeout: 60_000 }, async () => {
    const found = await problems([fixture('duplicatedRules.ts')]);
    expect(found.map((p) => p.rule)).toEqual(Array(8).fill('no-restricted-syntax'));
    const lines = (await eslint.lintFiles([fixture('duplicatedRules.ts')]))[0]!.messages.map((m) => m.line);
    expect(lines).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    expect(found.map((p) => p.message.split(' lives in ')[0])).toEqual([
      ...Array(3).fill('Duplicated rule: which deadline kinds only remind'),
      'Duplicated rule: the due-soon window',
      ...Array(3).fill('Duplicated rule: stage groups live in src/shared/rules/stageGroups.ts (in SQL, the lists in src/main/db/sqlFragments.ts).'),
      'Duplicated rule: the reminder week',
    ]);
  });

  it('lets the rules live in their home, and the page and the benchmark read them from there', { timeout: 60_000 }, async () => {
    const due = 'export const DUE_SOON_MS = 48 * 3_600_000;\n';
    expect(await problemsIn(due, 'src/shared/rules/probe.ts')).toEqual([]);
    for (const file of ['src/renderer/src/probe.ts', 'src/shared/contract/probe.ts', 'bench/probe.ts', 'src/main/services/probe.ts']) {
      expect(await problemsIn(due, file), file).toEqual([expect.objectContaining({ rule: 'no-restricted-syntax', message: expect.stringContaining('due-soon window') })]);
    }
    const rateable = "export const isRateable = (s: string) => ['completed', 'terminated'].includes(s);\n";
    expect(await problemsIn(rateable, 'src/renderer/src/components/probe.tsx')).toEqual([expect.objectContaining({ message: expect.stringContaining('stage groups') })]);
  });
});
