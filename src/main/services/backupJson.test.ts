import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROCEDURE_NAMES, procedures } from '../../shared/api';
import { createDispatcher } from '../api/dispatcher';
import { backupDirOf } from '../db/backups';
import { verifyChain } from '../db/eventChain';
import { contracted } from '../testing/contracted';
import { snapshot, testContext } from '../testing/context';
import { expectAppError } from '../testing/expectAppError';
import { validInput } from '../testing/procedureInputs';
import { listBackupsOf } from './backup';
import { exportJson, importJson } from './backupJson';
import { logEvent } from './events';
import { createCreator } from './influencers';
import { updateSettings } from './settingsUpdate';

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
});
afterEach(() => ctx.cleanup());

/** Everything but the migrations table, which an import rebuilds with its own timestamps. */
const data = () => {
  const { __drizzle_migrations: _, ...rest } = snapshot(ctx);
  return rest;
};
type Export = { tables: Record<string, Record<string, unknown>[]> } & Record<string, unknown>;

describe('the whole database as JSON', () => {
  it('round trip: exported, changed, imported back exactly, history intact, the replaced data kept as a backup', () => {
    const { collaborationId } = contracted(ctx, { productReceivedOn: '2026-03-02' });
    logEvent(ctx, { collaborationId, type: 'note', text: 'Before the export' });
    const before = data();
    const { json, filename } = exportJson(ctx);
    expect(filename).toBe('followthrough-2026-03-25.json');
    logEvent(ctx, { collaborationId, type: 'note', text: 'After the export' });
    const result = importJson(ctx, { json });
    expect(result.rows).toBeGreaterThan(10);
    expect(existsSync(join(backupDirOf(ctx.file), result.keptAs))).toBe(true);
    expect(listBackupsOf(ctx).find((b) => b.name === result.keptAs)?.kind).toBe('replaced');
    expect(data()).toEqual(before);
    expect(verifyChain(ctx.db.$client).intact).toBe(true);
    expect(readdirSync(ctx.dir).filter((f) => f.includes('.partial'))).toEqual([]);
  });

  it('round trip of a workspace every procedure of the API has written to', async () => {
    const dispatch = createDispatcher(ctx);
    expect(dispatch('sample.load', {}).ok).toBe(true);
    // The CSV's creator is the one influencers.create adds, so the CSV goes first; the data is
    // replaced only at the end.
    // Removing the sample is refused once the procedures before it have recorded work on it.
    const skipped = ['csv.import', 'backup.restore', 'backup.importJson', 'sample.load', 'sample.remove'];
    const mutating = ['csv.import' as const, ...PROCEDURE_NAMES.filter((name) => procedures[name].mutates && !skipped.includes(name))];
    for (const name of mutating) {
      const result = await dispatch(name, await validInput(name, dispatch));
      expect(result.ok, `${name}: ${JSON.stringify(result)}`).toBe(true);
    }
    const before = data();
    // Only a sync against a mail server records how far a folder was read (sync.test.ts, on a real one).
    const needsMailServer = ['mail_folders'];
    expect(Object.entries(before).filter(([table, rows]) => rows.length === 0 && !needsMailServer.includes(table)).map(([table]) => table)).toEqual([]);
    importJson(ctx, { json: exportJson(ctx).json });
    expect(data()).toEqual(before);
  });

  it('round trip keeps where events came from: after the import, the same message logged again is still the one imported', () => {
    const { collaborationId } = contracted(ctx, { productReceivedOn: '2026-03-02' });
    const externalId = { source: 'mail', id: '<reply-1@mail.example.com>' };
    const message = { collaborationId, type: 'message', direction: 'creator_to_brand', channel: 'email', text: 'Draft attached', externalId } as const;
    const logged = logEvent(ctx, message);
    logEvent(ctx, { collaborationId, type: 'note', text: 'Called', externalId: { source: 'import', id: 'row-2' } });
    const before = data();
    const json = exportJson(ctx).json;
    expect(JSON.parse(json).tables.events).toContainEqual(expect.objectContaining({ id: logged.id, external_source: 'mail', external_id: externalId.id }));
    importJson(ctx, { json });
    expect(data()).toEqual(before);
    expect(logEvent(ctx, message)).toEqual(logged);
    expect(data()).toEqual(before);
    expect(verifyChain(ctx.db.$client).intact).toBe(true);
  });

  it('refuses what is not an export, another version, a missing table or a changed history, and changes nothing', () => {
    contracted(ctx);
    const good = JSON.parse(exportJson(ctx).json) as Export;
    const { settings: _, ...withoutSettings } = good.tables;
    const before = data();
    const attempts: [string, RegExp][] = [
      ['not json', /it is not JSON/],
      ['{"tables":{}}', /it has no tables from Followthrough/],
      [JSON.stringify({ ...good, schema: '3' }), /comes from another version of Followthrough/],
      [JSON.stringify({ ...good, tables: { ...good.tables, payments: [] } }), /a table this version does not know: payments/],
      [JSON.stringify({ ...good, tables: withoutSettings }), /The export has no settings table; it is not a whole Followthrough export\.$/],
      [
        JSON.stringify({ ...good, tables: { ...good.tables, events: good.tables.events!.map((e, i) => (i === 0 ? { ...e, data: '{"stage":"signed"}' } : e)) } }),
        /Its history does not hold: Not intact: event #1 was changed/,
      ],
    ];
    for (const [json, message] of attempts) {
      expect(expectAppError(() => importJson(ctx, { json }), 'BAD_INPUT').message).toMatch(message);
      expect(data()).toEqual(before);
    }
  });
});

describe('an import is checked row by row', () => {
  function exported(): Export {
    contracted(ctx, { productReceivedOn: '2026-03-02' });
    createCreator(ctx, { name: 'Noah Berg', handles: [], followers: null, region: null, timeZone: null, language: null, email: null, shippingAddress: '', notes: '', active: true });
    updateSettings(ctx, { brandName: 'Acme Kitchen', holidays: ['2026-12-25'] });
    return JSON.parse(exportJson(ctx).json) as Export;
  }
  const changed = (good: Export, table: string, row: number, change: Record<string, unknown>) =>
    JSON.stringify({ ...good, tables: { ...good.tables, [table]: good.tables[table]!.map((r, i) => (i === row - 1 ? { ...r, ...change } : r)) } });

  it('refuses each kind of bad row, naming the table, the row and the field, and changes nothing', () => {
    const good = exported();
    const before = data();
    const backupsNow = () => (existsSync(backupDirOf(ctx.file)) ? readdirSync(backupDirOf(ctx.file)) : []);
    const backups = backupsNow().length;
    const { notes: _, ...withoutNotes } = good.tables.creators![1]!;
    const cases: [string, string][] = [
      [changed(good, 'creators', 2, { handles: 'not json {{' }), 'creators row 2, handles: Not valid JSON'],
      [changed(good, 'creators', 1, { handles: '[{"platform":"myspace","handle":"@mia"}]' }), 'creators row 1, handles[0].platform: Choose a platform from the list'],
      [changed(good, 'creators', 2, { id: 2 ** 53 - 1 }), 'creators row 2, id: Ids go up to 2,147,483,647'],
      [changed(good, 'creators', 2, { active: 'yes' }), 'creators row 2, active: Expected 0 or 1'],
      [changed(good, 'creators', 2, { email: 'not an address' }), 'creators row 2, email: Enter a valid email address, like name@example.com'],
      [JSON.stringify({ ...good, tables: { ...good.tables, creators: [good.tables.creators![0], withoutNotes] } }), 'creators row 2, notes: Missing'],
      [changed(good, 'collaborations', 1, { stage: 'hacked' }), 'collaborations row 1, stage: Choose one of the stages: '],
      [changed(good, 'collaborations', 1, { publish_by: '2026-02-30' }), 'collaborations row 1, publish_by: That date does not exist'],
      [changed(good, 'collaborations', 1, { stage_since: 'last Tuesday' }), 'collaborations row 1, stage_since: Use a date and time like 2026-03-22T14:00:00Z'],
      [changed(good, 'collaborations', 1, { fee_minor: 12.5 }), 'collaborations row 1, fee_minor: Amounts are stored in cents; expected a whole number'],
      [changed(good, 'events', 1, { at: '2026-13-45T99:00:00Z' }), 'events row 1, at: Use a date and time like 2026-03-22T14:00:00Z'],
      [changed(good, 'events', 2, { type: 'collaboration.deleted' }), 'events row 2, type: '],
      [changed(good, 'events', 1, { data: '[1, 2' }), 'events row 1, data: Not valid JSON'],
      [changed(good, 'events', 1, { data: '{"stage":"hacked"}' }), 'events row 1, data.stage: Choose one of the stages: '],
      [changed(good, 'events', 1, { type: 'note' }), 'events row 1, data.text: '],
      [changed(good, 'events', 2, { external_source: 'import' }), 'events row 2, external_id: An external id and its source go together: give both or neither'],
      [changed(good, 'events', 2, { external_source: 'My Import', external_id: '7' }), 'events row 2, external_source: Name the source in lower-case letters'],
      [changed(good, 'contracts', 1, { draft: '{"preset":"paid_video"}' }), 'contracts row 1, draft.title: '],
      [changed(good, 'milestones', 1, { due_date: '2026-04-31' }), 'milestones row 1, due_date: That date does not exist'],
      [changed(good, 'settings', 1, { holidays: '["2026-12-25", "Christmas"]' }), 'settings row 1, holidays[1]: Use a date like 2026-03-22'],
      [changed(good, 'settings', 1, { time_zone: 'Mars/Olympus' }), 'settings row 1, time_zone: Unknown time zone'],
      [changed(good, 'creators', 2, { id: 1 }), 'creators row 2: another row already has the same id'],
      [changed(good, 'collaborations', 1, { creator_id: 99 }), 'collaborations row 1, creator_id: points at a creators row the export does not have'],
      [changed(good, 'creators', 1, { nickname: 'M' }), 'creators row 1, nickname: A column this version does not know'],
    ];
    for (const [json, where] of cases) {
      const refused = expectAppError(() => importJson(ctx, { json }), 'BAD_INPUT');
      expect(refused.message.startsWith(`The export was not imported; nothing was changed. ${where}`), `${refused.message}\n  should name: ${where}`).toBe(true);
      expect(refused.issues?.[0]?.path.slice(0, 2)).toEqual(['json', where.split(' ')[0]]);
      expect(data()).toEqual(before);
      expect(backupsNow()).toHaveLength(backups);
      expect(readdirSync(ctx.dir).filter((f) => f.includes('.partial'))).toEqual([]);
    }
  });

  it('says how many more problems there are', () => {
    const good = exported();
    const json = JSON.stringify({ ...good, tables: { ...good.tables, creators: good.tables.creators!.map((c) => ({ ...c, created_at: 'yesterday' })) } });
    const refused = expectAppError(() => importJson(ctx, { json }), 'BAD_INPUT');
    expect(refused.message).toBe('The export was not imported; nothing was changed. creators row 1, created_at: Use a date and time like 2026-03-22T14:00:00Z (and 1 more problem)');
    expect(refused.issues?.map((i) => i.path)).toEqual([
      ['json', 'creators', 1, 'created_at'],
      ['json', 'creators', 2, 'created_at'],
    ]);
  });

  it('takes ids up to 2^31 − 1, after which the next ids are still distinct', () => {
    const good = exported();
    importJson(ctx, { json: changed(good, 'creators', 2, { id: 2 ** 31 - 1 }) });
    const make = () => createCreator(ctx, { name: 'Next', handles: [], followers: null, region: null, timeZone: null, language: null, email: null, shippingAddress: '', notes: '', active: true }).id;
    const [a, b] = [make(), make()];
    expect([a, b]).toEqual([2 ** 31, 2 ** 31 + 1]);
  });
});
