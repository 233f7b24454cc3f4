import { dirname } from 'node:path';
import type { z } from 'zod';
import { DatabaseJson, type JsonImportInput } from '../../shared/backup/schemas';
import { countRows } from '../db/backupFile';
import { removeQuietly, verifyCopy } from '../db/backups';
import { openDatabase } from '../db/client';
import { exportDatabase, ExportRefused, fillDatabase } from '../db/databaseJson';
import { verifyChain } from '../db/eventChain';
import { incomingFileOf } from '../db/replace';
import { bringBackKit, type KitBack, refusing, replaceWithKit } from './backup';
import type { MissingMaterial } from '../../shared/materials/schemas';
import { type Ctx, nowIso } from './context';
import { AppError, badField } from './errors';
import { problem } from '../../shared/i18n/problems';
import { spelled } from '../../shared/i18n/spelled';
import { carried } from '../../shared/i18n/wording';

export function exportJson(ctx: Ctx): { filename: string; json: string } {
  const at = nowIso(ctx);
  return { filename: `followthrough-${at.slice(0, 10)}.json`, json: JSON.stringify(exportDatabase(ctx.db.$client, at)) };
}

/**
 * Replaces all data with an export. The export is first built into a database of its own and
 * checked (same version, every row against the app's schemas, references, integrity, an intact
 * history); only then does it take the place of the current one, which is kept as a backup.
 */
export function importJson(ctx: Ctx, input: z.output<typeof JsonImportInput>): { rows: number; keptAs: string; missingMaterials: MissingMaterial[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.json);
  } catch {
    throw badField(['json'], problem('service.notJson'));
  }
  const data = DatabaseJson.safeParse(parsed);
  if (!data.success) throw badField(['json'], problem('service.noTables'));
  if (!ctx.migrationsFolder) throw new AppError('CONFLICT', problem('service.cannotImport'));
  const staged = incomingFileOf(ctx.db.$client.name);
  const removeStaged = () => ['', '-wal', '-shm'].forEach((suffix) => removeQuietly(staged + suffix));
  removeStaged();
  const dataDir = dirname(staged);
  const build = () => {
    const target = openDatabase(staged, { migrationsFolder: ctx.migrationsFolder! });
    try {
      const rows = fillDatabase(target.$client, data.data);
      const chain = verifyChain(target.$client);
      if (!chain.intact) throw new ExportRefused([{ table: 'events', row: null, column: null, message: problem('service.historyBroken', { detail: chain.message }) }]);
      const counts = countRows(target.$client);
      // A file in rollback mode is checked and moved without a log beside it; opening it turns WAL back on.
      target.$client.pragma('journal_mode = DELETE');
      return { rows, counts };
    } finally {
      target.$client.close();
    }
  };
  let built: { rows: number; counts: Record<string, number> };
  let kit: KitBack;
  try {
    built = refusing('import', dataDir, build);
    refusing('import', dataDir, () => verifyCopy(staged, built.counts));
    // The export names its materials' files; those on this computer (in the kit or a backup) come back.
    kit = bringBackKit(ctx, staged, 'import');
  } catch (error) {
    removeStaged();
    if (error instanceof ExportRefused) {
      const issues = error.problems.map((p) => ({
        path: ['json', ...(p.table ? [p.table] : []), ...(p.row === null ? [] : [p.row]), ...(p.column === null ? [] : [p.column])],
        message: p.message,
      }));
      throw new AppError('BAD_INPUT', refusedExport(error), issues);
    }
    throw error;
  }
  return { rows: built.rows, keptAs: replaceWithKit(ctx, staged, kit), missingMaterials: kit.missing };
}

/** The first thing wrong with the export, where it is, and how many more there are (`service.exportRefused`). */
function refusedExport(error: ExportRefused): string {
  const first = error.problems[0];
  if (!first) return problem('service.exportRefused', { at: 'none', table: '', row: '', column: '', more: 0, because: error.message });
  const at = first.row === null ? 'none' : first.column === null ? 'row' : 'cell';
  return problem('service.exportRefused', { at, table: first.table, row: first.row ?? '', column: first.column ?? '', more: error.problems.length - 1, ...carried('because', spelled(first.message)) });
}
