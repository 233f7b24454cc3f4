import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../db/client';
import { DatabaseUnreadableError } from '../db/damage';
import { openRuntime, type Runtime } from '../runtime';
import type { Ctx } from '../services/context';
import { MIGRATIONS, testClock } from '../testing/context';
import { MUTATING } from '../testing/mutating';
import { validInput } from '../testing/procedureInputs';
import { tableDigest } from '../testing/tableDigest';
import { bindReadOnly, mountTmpfs, requireRoot, unmount } from '../testing/tmpfs';
import { createDispatcher } from './dispatcher';

/*
 * The same data folder seen twice: writable (where the app put its data) and through a read-only
 * bind mount. A dispatcher on the read-only view must refuse every change with the read-only
 * sentence, and the rows stay as they were.
 */

let root = '';
let disk = '';
let view = '';
let writer: Runtime | null = null;
let reader: Ctx | null = null;
beforeAll(() => {
  requireRoot('The read-only location test');
  root = mkdtempSync(join(tmpdir(), 'followthrough-read-only-'));
  disk = join(root, 'disk');
  view = join(root, 'view');
  mkdirSync(disk);
  mkdirSync(view);
  mountTmpfs(disk, '32m');
});
afterAll(() => {
  if (!root) return;
  if (reader?.db.$client.open) reader.db.$client.close();
  writer?.close();
  unmount(view);
  unmount(disk);
  rmSync(root, { recursive: true, force: true });
});

describe('a read-only data folder', () => {
  it('refuses every change with the read-only sentence, and changes nothing', async () => {
    const clock = testClock();
    writer = openRuntime({ dataDir: join(disk, 'data'), migrationsFolder: MIGRATIONS, clock });
    expect(writer.dispatch('sample.load', {}).ok).toBe(true);
    bindReadOnly(disk, view);
    const file = join(view, 'data', 'followthrough.db');
    reader = { db: openDatabase(file, { migrationsFolder: MIGRATIONS }), clock, migrationsFolder: MIGRATIONS };
    const logError = vi.fn();
    const readOnly = createDispatcher(reader, { logError });
    const answers: Record<string, unknown> = {};
    for (const name of MUTATING) {
      // Inputs that need a row made first (a template to delete, a backup to restore) get it from the writable side.
      const input = await validInput(name, writer.dispatch as ReturnType<typeof createDispatcher>);
      const before = tableDigest(file);
      // A change whose service reads its input first (mail) answers later, refused all the same.
      const result = await readOnly(name, input);
      answers[name] = result.ok ? 'ok' : (result.error.reason ?? result.error.code);
      if (!result.ok && result.error.reason) {
        expect(result.error).toEqual({
          code: 'INTERNAL',
          reason: 'read_only',
          message: 'The data folder is read-only (or Followthrough may not write there); nothing was saved. Make it writable and try again.',
        });
      }
      expect(tableDigest(file), `${name} changed the data`).toBe(before);
    }
    // sample.load refuses first (the workspace is not empty), and so does sample.remove (the inputs
    // made for the procedures before it recorded work on the sample), and mail.sync (the password was
    // kept by the writable side's secrets store, which this one does not share: it is not connected);
    // everything else meets the read-only folder.
    const refusedFirst = ['sample.load', 'sample.remove', 'mail.sync'];
    expect(answers).toEqual(Object.fromEntries(MUTATING.map((name) => [name, refusedFirst.includes(name) ? 'CONFLICT' : 'read_only'])));
    // Reading still works.
    expect(readOnly('influencers.list', {})).toMatchObject({ ok: true });
    expect(reader.db.$client.open).toBe(true);
  }, 60_000);

  it('is said at start, naming the folder', () => {
    reader?.db.$client.close();
    writer?.close();
    writer = null;
    const start = () => openRuntime({ dataDir: join(view, 'data'), migrationsFolder: MIGRATIONS, clock: testClock() });
    expect(start).toThrow(DatabaseUnreadableError);
    expect(start).toThrow(`Followthrough cannot write its data at ${join(view, 'data')}: the disk or folder is read-only; nothing is wrong with the data.`);
  });
});
