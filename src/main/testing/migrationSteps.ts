import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { expect } from 'vitest';
import { DueBasis } from '../../shared/deadlines/basis';
import { verifyChain } from '../db/eventChain';
import * as schema from '../db/schema';
import { OPEN_DELIVERABLE } from '../db/sqlFragments';
import { restartReplyClock } from '../services/replyClock';
import { testClock } from './context';
import type { Rewrites } from './dbRows';
import { campaign, collaboration, creator, event, message, milestone, settingsRow, T0 } from './earlierRows';
import { insertRow } from './rawRows';

/*
 * One case per migration N: `seed` writes rows as version N−1 wrote them (raw SQL on its schema),
 * `check` reads what N added or changed. The runner (db/migrations.steps.test.ts) also proves that
 * every seeded row kept its values, that references and the file are sound, and the chain intact.
 */
export interface StepCase {
  seed(sql: Database.Database): void;
  check(sql: Database.Database): void;
  /** Columns N is meant to rewrite in rows that already existed. */
  rewrites?: Rewrites;
  /** Columns N drops once their values live on in another form: an upgrade from any earlier version loses them on purpose. */
  drops?: Rewrites;
}

/** The columns dropped by the migrations after `tag` (db/migrations.prefixes.test.ts). */
export function droppedAfter(tags: readonly string[], tag: string): Rewrites {
  const out: Record<string, string[]> = {};
  for (const later of tags.slice(tags.indexOf(tag) + 1)) {
    for (const [table, columns] of Object.entries(STEPS[later]?.drops ?? {})) (out[table] ??= []).push(...columns);
  }
  return out;
}

const all = <T>(sql: Database.Database, query: string) => sql.prepare<[], T>(query).all();
const one = <T>(sql: Database.Database, query: string) => sql.prepare<[], T>(query).get()!;
const run = (sql: Database.Database, query: string) => () => sql.prepare(query).run();

/** The indexes SQLite would read for a query: a migration's index must be the one picked. */
const indexesFor = (sql: Database.Database, query: string) =>
  all<{ detail: string }>(sql, `EXPLAIN QUERY PLAN ${query}`).flatMap((p) => [...p.detail.matchAll(/INDEX (\w+)/g)].map((m) => m[1]));

/** Runs `change` and undoes it, so a check can try a write without leaving it behind. */
function tryThenUndo(sql: Database.Database, change: () => void) {
  sql.exec('SAVEPOINT attempt');
  try {
    change();
  } finally {
    sql.exec('ROLLBACK TO attempt');
    sql.exec('RELEASE attempt');
  }
}

/** A creator with a collaboration in production and two obligations of its contract (0002 on). */
function contracted(sql: Database.Database) {
  creator(sql, 1, 'Mia');
  collaboration(sql, 1, 1, 'in_production');
  milestone(sql, 10, 1, 'first_draft', { sort: 1 });
  milestone(sql, 11, 1, 'deposit', { name: 'Pay the deposit', party: 'brand', kind: 'deposit', deductible: 0, sort: 0 });
}

const CONVERSATION = ['awaiting_reply_since', 'last_contact_at', 'last_reply_at', 'creator_stuck', 'reminders_since_reply', 'rungs_since_reply'];
type Conversation = Record<string, unknown> & { id: number };
const conversations = (sql: Database.Database) => all<Conversation>(sql, `SELECT id, ${CONVERSATION.join(', ')} FROM collaborations ORDER BY id`);

export const STEPS: Record<string, StepCase> = {
  '0001_events_append_only': {
    seed: (sql) => {
      settingsRow(sql);
      campaign(sql, 1, 'Spring launch');
      creator(sql, 1, 'Mia');
      collaboration(sql, 1, 1, 'outreach', { campaign_id: 1, start_date: '2026-03-10', publish_by: '2026-04-01' });
      event(sql, 1, 1, 1, 'collaboration.created', T0, { stage: 'prospect' });
      event(sql, 2, 1, 1, 'note', '2026-03-02T10:00:00.000Z', { text: 'Called, she likes the serum' });
    },
    check: (sql) => {
      expect(run(sql, `UPDATE events SET data = '{}' WHERE id = 1`)).toThrow(/append-only: record a correction/);
      expect(run(sql, 'DELETE FROM events WHERE id = 2')).toThrow(/append-only: they cannot be deleted/);
      // Recording goes on: corrections are new events.
      event(sql, 3, 1, 1, 'note', '2026-03-02T11:00:00.000Z', { text: 'Correction: she prefers the cream' });
      expect(one<{ n: number }>(sql, 'SELECT count(*) AS n FROM events').n).toBe(3);
    },
  },

  '0002_contracts_and_milestones': {
    seed: (sql) => {
      settingsRow(sql);
      creator(sql, 1, 'Mia');
      collaboration(sql, 1, 1, 'signed');
      event(sql, 1, 1, 1, 'collaboration.moved', T0, { from: 'negotiating', to: 'signed' });
    },
    check: (sql) => {
      expect(one(sql, 'SELECT signed_on, product_received_on FROM collaborations WHERE id = 1')).toEqual({ signed_on: null, product_received_on: null });
      expect(one(sql, 'SELECT holidays, paper FROM settings')).toEqual({ holidays: '[]', paper: 'A4' });
      insertRow(sql, 'contracts', { collaboration_id: 1, draft: '{"fee":{"feeMinor":100000}}', saved_at: T0 });
      expect(one(sql, 'SELECT late_enabled, fee_minor, currency, deduction_bp, cap_bp, grace_days, termination_days FROM contracts')).toEqual({
        late_enabled: 0,
        fee_minor: 0,
        currency: 'EUR',
        deduction_bp: 0,
        cap_bp: 0,
        grace_days: 0,
        termination_days: 0,
      });
      expect(one(sql, 'SELECT count(*) AS n FROM milestones')).toEqual({ n: 0 });
      milestone(sql, 10, 1, 'first_draft');
      expect(() => milestone(sql, 11, 1, 'first_draft')).toThrow(/UNIQUE constraint failed: milestones.collaboration_id, milestones.key/);
      expect(() => insertRow(sql, 'contracts', { collaboration_id: 99, draft: '{}', saved_at: T0 })).toThrow(/FOREIGN KEY/);
      expect(indexesFor(sql, `SELECT id FROM milestones WHERE due_at <= '2026-03-21'`)).toContain('milestones_due_idx');
    },
  },

  '0003_open_deadlines_index': {
    seed: (sql) => {
      contracted(sql);
      milestone(sql, 12, 1, 'publish', { kind: 'publish', sort: 2, delivered_at: '2026-03-19T10:00:00.000Z', delivered_on: '2026-03-19' });
      insertRow(sql, 'contracts', { collaboration_id: 1, draft: '{}', saved_at: T0, in_force_version: 1, late_enabled: 1, fee_minor: 100000, deduction_bp: 500, cap_bp: 5000 });
    },
    check: (sql) => {
      const open = 'SELECT id FROM milestones WHERE collaboration_id = 1 AND delivered_at IS NULL ORDER BY sort';
      expect(indexesFor(sql, open)).toContain('milestones_open_idx');
      expect(all(sql, open)).toEqual([{ id: 11 }, { id: 10 }]);
    },
  },

  '0004_scheduler_and_notifications': {
    seed: (sql) => {
      settingsRow(sql);
      creator(sql, 1, 'Mia');
      for (const id of [1, 2, 3, 4]) collaboration(sql, id, 1, 'signed');
      const finalized = (id: number, collab: number, version: number, replySlaHours: number) =>
        event(sql, id, collab, 1, 'contract.finalized', `2026-03-0${id}T09:00:00.000Z`, { version, sha256: 'ab', html: '<p>', terms: { replySlaHours } });
      finalized(1, 1, 1, 48);
      finalized(2, 3, 1, 72);
      finalized(3, 1, 2, 24);
      insertRow(sql, 'contracts', { collaboration_id: 1, draft: '{"replySlaHours":24}', saved_at: T0, in_force_version: 2 });
      insertRow(sql, 'contracts', { collaboration_id: 2, draft: '{"replySlaHours":12}', saved_at: T0 });
      insertRow(sql, 'contracts', { collaboration_id: 3, draft: '{"replySlaHours":72}', saved_at: T0, in_force_version: 1 });
      milestone(sql, 10, 1, 'first_draft');
      milestone(sql, 11, 1, 'licence_end', { kind: 'licence_expiry', deductible: 0 });
    },
    check: (sql) => {
      // The reply time of the version in force (the latest finalized), none for a draft.
      expect(all(sql, 'SELECT collaboration_id AS c, reply_sla_hours AS h FROM contracts ORDER BY 1')).toEqual([
        { c: 1, h: 24 },
        { c: 2, h: null },
        { c: 3, h: 72 },
      ]);
      expect(one(sql, 'SELECT notify FROM settings')).toEqual({ notify: null });
      expect(all(sql, 'SELECT DISTINCT awaiting_reply_since AS a FROM collaborations')).toEqual([{ a: null }]);
      expect(one(sql, 'SELECT count(*) AS n FROM notifications')).toEqual({ n: 0 });
      const fired = { item: 'milestone:10@2026-03-20', kind: 'due_soon', occurrence: 48, collaboration_id: 1, title: 't', body: 'b', due_at: T0, fired_at: T0 };
      insertRow(sql, 'notifications', fired);
      expect(() => insertRow(sql, 'notifications', fired)).toThrow(/UNIQUE constraint failed: notifications.item/);
      insertRow(sql, 'scheduler_state', { id: 1, last_tick_at: T0 });
      expect(() => insertRow(sql, 'scheduler_state', { id: 2, last_tick_at: T0 })).toThrow(/CHECK constraint failed/);
      expect(indexesFor(sql, `SELECT m.id FROM milestones m WHERE ${OPEN_DELIVERABLE} AND m.due_at <= '2026-03-21'`)).toContain('milestones_open_due_idx');
      expect(indexesFor(sql, 'SELECT c.id FROM collaborations c WHERE c.awaiting_reply_since IS NOT NULL')).toContain('collaborations_awaiting_reply_idx');
      expect(indexesFor(sql, `SELECT id FROM notifications WHERE item = 'x' AND closed_at IS NULL`)).toContain('notifications_open_idx');
    },
  },

  '0005_outreach': {
    seed: (sql) => {
      settingsRow(sql, { notify: '{"quietHours":{"from":"21:00","to":"08:00"}}' });
      creator(sql, 1, 'Mia');
      collaboration(sql, 1, 1, 'outreach', { awaiting_reply_since: '2026-03-03T09:00:00.000Z' });
      collaboration(sql, 2, 1, 'prospect');
      message(sql, 1, 1, 1, '2026-03-03T09:00:00.000Z', { direction: 'brand_to_creator' });
      insertRow(sql, 'contracts', { collaboration_id: 1, draft: '{}', saved_at: T0, in_force_version: 1, reply_sla_hours: 48 });
      insertRow(sql, 'notifications', { item: 'sla:1:2026-03-03T09:00:00.000Z', kind: 'sla_breached', collaboration_id: 1, title: 't', body: 'b', due_at: T0, fired_at: T0, shown_at: T0 });
      insertRow(sql, 'scheduler_state', { id: 1, last_tick_at: T0 });
    },
    check: (sql) => {
      // A collaboration without messages starts with no conversation (0009 counts the others).
      expect(one(sql, `SELECT ${CONVERSATION.join(', ')} FROM collaborations WHERE id = 2`)).toEqual({
        awaiting_reply_since: null,
        last_contact_at: null,
        last_reply_at: null,
        creator_stuck: 0,
        reminders_since_reply: 0,
        rungs_since_reply: '',
      });
      insertRow(sql, 'outreach_templates', { kind: 'warm_checkin', language: 'en', name: 'Mine', body: 'Hi {{creator}}', created_at: T0, updated_at: T0 });
      expect(one(sql, 'SELECT subject FROM outreach_templates')).toEqual({ subject: '' });
    },
  },

  '0006_reminder_party': {
    seed: (sql) => {
      contracted(sql);
      for (const item of ['milestone:10@2026-03-20', 'milestone:11@2026-03-20', 'sla:1:2026-03-19T10:00:00.000Z', 'gifting:1', 'milestone:999@2026-03-20', 'date:11@2026-04-20']) {
        insertRow(sql, 'notifications', { item, kind: 'overdue', collaboration_id: 1, title: 't', body: 'b', due_at: '2026-03-20T10:00:00.000Z', fired_at: '2026-03-21T10:00:00.000Z' });
      }
    },
    check: (sql) => {
      // A reply or a gift is the creator's; a dated obligation its milestone's; unknown stays unknown.
      expect(all<{ party: string | null }>(sql, 'SELECT party FROM notifications ORDER BY id').map((p) => p.party)).toEqual(['creator', 'brand', 'creator', 'creator', null, 'brand']);
    },
  },

  '0007_accountability': {
    seed: (sql) => {
      contracted(sql);
      event(sql, 1, 1, 1, 'collaboration.created', T0, { stage: 'prospect' });
      message(sql, 2, 1, 1, '2026-03-03T09:00:00.000Z', { direction: 'brand_to_creator', text: 'Hi' });
      message(sql, 3, 1, 1, '2026-03-03T19:00:00.000Z', { direction: 'creator_to_brand', text: 'Hello' });
    },
    check: (sql) => {
      // The data migration sealed the earlier history and counted the reply time.
      expect(verifyChain(sql)).toMatchObject({ intact: true, checked: 3 });
      expect(one(sql, 'SELECT count(*) AS n FROM events WHERE hash IS NULL')).toEqual({ n: 0 });
      expect(one(sql, 'SELECT last_id, last_hash = (SELECT hash FROM events WHERE id = 3) AS head FROM event_chain')).toEqual({ last_id: 3, head: 1 });
      expect(one(sql, 'SELECT median_reply_hours AS h, inactive_by_strikes_since AS s FROM creators WHERE id = 1')).toEqual({ h: 10, s: null });
      // A sealed event stays append-only: not even its seal can be changed now.
      expect(run(sql, `UPDATE events SET hash = 'x' WHERE id = 1`)).toThrow(/append-only/);
      expect(run(sql, `UPDATE events SET data = '{}' WHERE id = 1`)).toThrow(/append-only/);
      // The one change allowed: sealing an event once, its content unchanged.
      tryThenUndo(sql, () => {
        event(sql, 4, 1, 1, 'note', T0, { text: 'x' }, { hash: null });
        expect(run(sql, `UPDATE events SET hash = 'x', data = '{}' WHERE id = 4`)).toThrow(/append-only/);
        run(sql, `UPDATE events SET hash = 'h', prev_hash = 'p' WHERE id = 4`)();
        expect(run(sql, `UPDATE events SET hash = 'h2' WHERE id = 4`)).toThrow(/append-only/);
      });
      insertRow(sql, 'strikes', { creator_id: 1, collaboration_id: 1, reason: 'missed_deadline', at: T0 });
      insertRow(sql, 'disputes', { collaboration_id: 1, issue: 'Late post', opened_at: T0, updated_at: T0 });
      const rating = { collaboration_id: 1, creator_id: 1, communication: 4, timeliness: 2, quality: 5, would_work_again: 1, rated_at: T0 };
      insertRow(sql, 'ratings', rating);
      expect(() => insertRow(sql, 'ratings', rating)).toThrow(/UNIQUE constraint failed: ratings.collaboration_id/);
      expect(one(sql, 'SELECT s.status, s.event_ids, d.steps, d.outcome FROM strikes s, disputes d')).toEqual({ status: 'active', event_ids: '[]', steps: '[]', outcome: '' });
      expect(indexesFor(sql, `SELECT id FROM strikes WHERE creator_id = 1 AND status = 'active'`)).toContain('strikes_creator_idx');
    },
  },

  '0008_campaign_metrics': {
    seed: (sql) => {
      contracted(sql);
      event(sql, 1, 1, 1, 'collaboration.created', T0, { stage: 'prospect' });
      event(sql, 2, 1, 1, 'strike.given', '2026-03-25T09:00:00.000Z', { reason: 'missed_deadline' });
      insertRow(sql, 'strikes', { id: 1, creator_id: 1, collaboration_id: 1, reason: 'missed_deadline', event_ids: '[2]', at: '2026-03-25T09:00:00.000Z' });
      insertRow(sql, 'ratings', { collaboration_id: 1, creator_id: 1, communication: 4, timeliness: 2, quality: 5, would_work_again: 1, note: 'Slow', rated_at: T0 });
      insertRow(sql, 'disputes', { collaboration_id: 1, issue: 'Late post', event_ids: '[2]', opened_at: T0, updated_at: T0 });
    },
    check: (sql) => {
      insertRow(sql, 'deliverables', { id: 1, collaboration_id: 1, platform: 'instagram', url: 'https://instagram.com/p/1', created_at: T0 });
      expect(one(sql, 'SELECT title, published_at FROM deliverables')).toEqual({ title: '', published_at: null });
      const reading = { deliverable_id: 1, captured_at: T0, views: 1200, source: 'manual' };
      insertRow(sql, 'metric_snapshots', reading);
      expect(() => insertRow(sql, 'metric_snapshots', reading)).toThrow(/UNIQUE constraint failed: metric_snapshots.deliverable_id, metric_snapshots.captured_at/);
      expect(() => insertRow(sql, 'metric_snapshots', { ...reading, deliverable_id: 99 })).toThrow(/FOREIGN KEY/);
      expect(indexesFor(sql, `SELECT id FROM deliverables WHERE url = 'https://instagram.com/p/1'`)).toContain('deliverables_url_idx');
      expect(indexesFor(sql, 'SELECT id FROM deliverables WHERE collaboration_id = 1')).toContain('deliverables_collaboration_idx');
    },
  },

  '0009_conversation_recount': {
    rewrites: { collaborations: CONVERSATION },
    seed: (sql) => {
      creator(sql, 1, 'Mia');
      creator(sql, 2, 'Noah');
      // Logged under 0004: only the reply clock was kept, so 0005 left the rest at its defaults.
      collaboration(sql, 1, 1, 'in_production', { awaiting_reply_since: '2026-03-05T09:00:00.000Z' });
      message(sql, 1, 1, 1, '2026-03-03T09:00:00.000Z', { direction: 'brand_to_creator' });
      message(sql, 2, 1, 1, '2026-03-04T09:00:00.000Z', { direction: 'creator_to_brand', stuck: true });
      event(sql, 3, 1, 1, 'note', '2026-03-04T10:00:00.000Z', { text: 'She needs the script' });
      message(sql, 4, 1, 1, '2026-03-05T09:00:00.000Z', { direction: 'brand_to_creator', kind: 'warm_checkin' });
      message(sql, 5, 1, 1, '2026-03-07T09:00:00.000Z', { direction: 'brand_to_creator', kind: 'lost_contact_comment' });
      // A call written down late lands before the reply; a message at the reply's minute, logged after it, after.
      collaboration(sql, 2, 2, 'outreach', { awaiting_reply_since: '2026-03-10T12:00:00.000Z' });
      message(sql, 6, 2, 2, '2026-03-10T10:00:00.000Z', { direction: 'brand_to_creator', kind: 'first_outreach' });
      message(sql, 7, 2, 2, '2026-03-10T12:00:00.000Z', { direction: 'creator_to_brand', stuck: 'yes' });
      message(sql, 8, 2, 2, '2026-03-10T11:00:00.000Z', { direction: 'brand_to_creator', channel: 'phone', kind: 'warm_checkin' });
      message(sql, 9, 2, 2, '2026-03-10T12:00:00.000Z', { direction: 'brand_to_creator', kind: 3 });
      // No messages: nothing to count.
      collaboration(sql, 3, 2, 'prospect');
      // Logged since 0005: already counted, and counted the same again.
      collaboration(sql, 4, 2, 'outreach', {
        awaiting_reply_since: '2026-03-12T09:00:00.000Z',
        last_contact_at: '2026-03-12T09:00:00.000Z',
        reminders_since_reply: 1,
        rungs_since_reply: 'first_outreach',
      });
      message(sql, 10, 4, 2, '2026-03-12T09:00:00.000Z', { direction: 'brand_to_creator', kind: 'first_outreach' });
    },
    check: (sql) => {
      const counted = conversations(sql);
      expect(counted).toEqual([
        {
          id: 1,
          awaiting_reply_since: '2026-03-05T09:00:00.000Z',
          last_contact_at: '2026-03-07T09:00:00.000Z',
          last_reply_at: '2026-03-04T09:00:00.000Z',
          creator_stuck: 1,
          reminders_since_reply: 2,
          rungs_since_reply: 'warm_checkin,lost_contact_comment',
        },
        {
          id: 2,
          awaiting_reply_since: '2026-03-10T12:00:00.000Z',
          last_contact_at: '2026-03-10T12:00:00.000Z',
          last_reply_at: '2026-03-10T12:00:00.000Z',
          creator_stuck: 0,
          reminders_since_reply: 1,
          rungs_since_reply: '',
        },
        { id: 3, awaiting_reply_since: null, last_contact_at: null, last_reply_at: null, creator_stuck: 0, reminders_since_reply: 0, rungs_since_reply: '' },
        {
          id: 4,
          awaiting_reply_since: '2026-03-12T09:00:00.000Z',
          last_contact_at: '2026-03-12T09:00:00.000Z',
          last_reply_at: null,
          creator_stuck: 0,
          reminders_since_reply: 1,
          rungs_since_reply: 'first_outreach',
        },
      ]);
      // The same as the app counts when a message is logged.
      const ctx = { db: drizzle(sql, { schema }), clock: testClock() };
      for (const { id } of counted) restartReplyClock(ctx, ctx.db, id);
      expect(conversations(sql)).toEqual(counted);
    },
  },
  '0010_event_external_id': {
    seed: (sql) => {
      creator(sql, 1, 'Mia');
      collaboration(sql, 1, 1, 'outreach');
      event(sql, 1, 1, 1, 'collaboration.created', T0, { stage: 'prospect', feeMinor: 100000, currency: 'EUR', campaignId: null });
      message(sql, 2, 1, 1, '2026-03-03T09:00:00.000Z', { direction: 'brand_to_creator' });
    },
    check: (sql) => {
      // What was recorded before came from the app itself: no external id.
      expect(all(sql, 'SELECT id, external_source, external_id FROM events ORDER BY id')).toEqual([
        { id: 1, external_source: null, external_id: null },
        { id: 2, external_source: null, external_id: null },
      ]);
      const imported = (id: number, source: string, externalId: string) =>
        message(sql, id, 1, 1, '2026-03-04T09:00:00.000Z', { direction: 'creator_to_brand' }, { external_source: source, external_id: externalId });
      imported(3, 'import', 'row-7');
      imported(4, 'mail', 'row-7');
      expect(() => imported(5, 'import', 'row-7')).toThrow(/UNIQUE constraint failed: events.external_source, events.external_id/);
      expect(indexesFor(sql, `SELECT id FROM events WHERE external_source = 'mail' AND external_id = 'x'`)).toContain('events_external_idx');
      // The external id is append-only too, even in the one update allowed: sealing an unsealed event.
      expect(run(sql, `UPDATE events SET external_source = 'import', external_id = 'late' WHERE id = 1`)).toThrow(/append-only/);
      tryThenUndo(sql, () => {
        event(sql, 6, 1, 1, 'note', T0, { text: 'x' }, { hash: null });
        expect(run(sql, `UPDATE events SET hash = 'h', prev_hash = 'p', external_source = 'import', external_id = 'x' WHERE id = 6`)).toThrow(/append-only/);
        run(sql, `UPDATE events SET hash = 'h', prev_hash = 'p' WHERE id = 6`)();
      });
    },
  },
  '0011_archive_and_trash': {
    seed: (sql) => {
      campaign(sql, 1, 'Spring launch');
      creator(sql, 1, 'Mia');
      collaboration(sql, 1, 1, 'outreach', { campaign_id: 1 });
      event(sql, 1, 1, 1, 'collaboration.created', T0, { stage: 'outreach', feeMinor: 0, currency: 'EUR', campaignId: 1 });
    },
    check: (sql) => {
      // Everything there was stays in sight, never moved out of it.
      for (const table of ['creators', 'campaigns', 'collaborations']) {
        expect(all(sql, `SELECT id, visibility, visibility_since FROM ${table}`)).toEqual([{ id: 1, visibility: 'shown', visibility_since: null }]);
      }
      // No sample rows are known for a workspace loaded before: removing the sample finds none.
      expect(one<{ n: number }>(sql, 'SELECT count(*) AS n FROM sample_rows').n).toBe(0);
      insertRow(sql, 'sample_rows', { kind: 'creator', row_id: 1, digest: 'a'.repeat(64), last_event_id: 1 });
      expect(() => insertRow(sql, 'sample_rows', { kind: 'creator', row_id: 1, digest: 'b'.repeat(64), last_event_id: 1 })).toThrow(
        /UNIQUE constraint failed: sample_rows.kind, sample_rows.row_id/,
      );
      run(sql, `UPDATE collaborations SET visibility = 'archived', visibility_since = '${T0}' WHERE id = 1`)();
      expect(one(sql, 'SELECT visibility FROM collaborations WHERE id = 1')).toEqual({ visibility: 'archived' });
    },
  },
  '0012_publishing_supersedes': {
    seed: (sql) => {
      contracted(sql);
      run(sql, `UPDATE milestones SET delivered_at = '${T0}', delivered_on = '2026-03-01' WHERE id = 11`)();
    },
    check: (sql) => {
      // Nothing delivered before was superseded: every milestone there was keeps what it said.
      expect(all(sql, 'SELECT id, superseded, delivered_on FROM milestones ORDER BY id')).toEqual([
        { id: 10, superseded: 0, delivered_on: null },
        { id: 11, superseded: 0, delivered_on: '2026-03-01' },
      ]);
      run(sql, `UPDATE milestones SET superseded = 1, delivered_at = '${T0}', delivered_on = '2026-03-02' WHERE id = 10`)();
      expect(one(sql, 'SELECT superseded FROM milestones WHERE id = 10')).toEqual({ superseded: 1 });
    },
  },
  '0013_campaign_dates': {
    seed: (sql) => campaign(sql, 1, 'Spring launch'),
    check: (sql) => {
      // A campaign there was runs open-ended until the brand gives it dates.
      expect(one(sql, 'SELECT start_date, end_date FROM campaigns WHERE id = 1')).toEqual({ start_date: null, end_date: null });
      run(sql, `UPDATE campaigns SET start_date = '2026-03-01', end_date = '2026-04-30' WHERE id = 1`)();
      expect(one(sql, 'SELECT start_date, end_date FROM campaigns WHERE id = 1')).toEqual({ start_date: '2026-03-01', end_date: '2026-04-30' });
    },
  },
  '0014_gift_expects_post': {
    seed: (sql) => {
      creator(sql, 1, 'Lin');
      collaboration(sql, 1, 1, 'product_received');
    },
    check: (sql) => {
      // Every gift there was still waits for its post, as before; the brand may say otherwise.
      expect(one(sql, 'SELECT expects_post FROM collaborations WHERE id = 1')).toEqual({ expects_post: 1 });
      run(sql, 'UPDATE collaborations SET expects_post = 0 WHERE id = 1')();
      expect(one(sql, 'SELECT expects_post FROM collaborations WHERE id = 1')).toEqual({ expects_post: 0 });
    },
  },
  '0015_amendments': {
    seed: (sql) => {
      contracted(sql);
      insertRow(sql, 'contracts', { collaboration_id: 1, draft: '{}', saved_at: T0, in_force_version: 1, late_enabled: 1, fee_minor: 100000 });
    },
    check: (sql) => {
      // Nothing was amended before: no date moved, nothing waived.
      expect(all(sql, 'SELECT id, original_due_date FROM milestones ORDER BY id')).toEqual([
        { id: 10, original_due_date: null },
        { id: 11, original_due_date: null },
      ]);
      expect(one(sql, 'SELECT waived_minor, waived_bp FROM contracts')).toEqual({ waived_minor: 0, waived_bp: 0 });
    },
  },
  '0016_own_deadlines': {
    seed: (sql) => {
      creator(sql, 1, 'Lin');
      collaboration(sql, 1, 1, 'product_received');
    },
    check: (sql) => {
      // No reply time was agreed before, and no own date besides the publish-by date.
      expect(one(sql, 'SELECT reply_within_hours FROM collaborations WHERE id = 1')).toEqual({ reply_within_hours: null });
      expect(one(sql, 'SELECT count(*) AS n FROM own_deadlines')).toEqual({ n: 0 });
      insertRow(sql, 'own_deadlines', { collaboration_id: 1, kind: 'draft', name: 'Draft', due_date: '2026-03-20', created_at: T0 });
      expect(() => insertRow(sql, 'own_deadlines', { collaboration_id: 99, kind: 'draft', name: 'Draft', due_date: '2026-03-20', created_at: T0 })).toThrow(/FOREIGN KEY/);
      expect(indexesFor(sql, 'SELECT id FROM own_deadlines WHERE collaboration_id = 1')).toContain('own_deadlines_collaboration_idx');
    },
  },
  '0017_shipments': {
    seed: (sql) => {
      creator(sql, 1, 'Lin');
      collaboration(sql, 1, 1, 'signed');
    },
    check: (sql) => {
      // Creators had no address on record, and nothing was shipped.
      expect(one(sql, 'SELECT shipping_address FROM creators WHERE id = 1')).toEqual({ shipping_address: '' });
      expect(one(sql, 'SELECT count(*) AS n FROM shipments')).toEqual({ n: 0 });
      insertRow(sql, 'shipments', { collaboration_id: 1, carrier: 'dhl', created_at: T0, updated_at: T0, shipped_on: '2026-03-01' });
      expect(one(sql, 'SELECT items, tracking_number, address FROM shipments')).toEqual({ items: '[]', tracking_number: '', address: '' });
      expect(indexesFor(sql, 'SELECT id FROM shipments WHERE delivered_on IS NULL AND returned_on IS NULL AND shipped_on IS NOT NULL')).toContain('shipments_in_transit_idx');
    },
  },
  '0018_interface_language': {
    seed: (sql) => {
      settingsRow(sql);
    },
    check: (sql) => {
      // A brand that never chose a language keeps the computer's.
      expect(one(sql, 'SELECT language FROM settings WHERE id = 1')).toEqual({ language: 'system' });
    },
  },
  '0019_reminder_facts': {
    seed: (sql) => {
      contracted(sql);
      // Reminders as 0018 stored them: the English sentences of the day they fired.
      for (const [item, kind, occurrence, party, title, body] of EARLIER_REMINDERS) {
        insertRow(sql, 'notifications', { item, kind, occurrence, party, collaboration_id: 1, title, body, due_at: '2026-03-20T22:59:59.999Z', fired_at: '2026-03-18T09:00:00.000Z' });
      }
    },
    check: (sql) => {
      const columns = all<{ name: string }>(sql, 'PRAGMA table_info(notifications)').map((c) => c.name);
      expect(columns).toContain('facts');
      expect(columns).not.toContain('title');
      expect(columns).not.toContain('body');
      const facts = all<{ facts: string }>(sql, 'SELECT facts FROM notifications ORDER BY id').map((r) => JSON.parse(r.facts) as Record<string, unknown>);
      const fact = (f: Record<string, unknown>) => ({ creatorName: 'Mia', subject: null, dueDate: '2026-03-20', daysLeft: null, daysSinceGift: null, messageSentAt: null, ...f });
      expect(facts).toEqual([
        fact({ subject: 'first draft' }),
        fact({ subject: 'Pay the deposit', dueDate: '2026-03-24', daysLeft: 2 }),
        fact({ subject: 'first draft', daysLeft: 0 }),
        fact({ subject: 'first draft', daysLeft: 1 }),
        fact({ messageSentAt: '2026-03-03T09:00:00.000Z' }),
        fact({ subject: 'Pay the deposit', dueDate: '2026-04-20', daysLeft: -2 }),
        fact({ subject: 'Pay the deposit', dueDate: '2026-04-20', daysLeft: 3 }),
        fact({ daysSinceGift: 16 }),
        fact({ daysSinceGift: 8 }),
        // Its milestone is gone: the name is read out of the sentence.
        fact({ subject: 'Old draft' }),
      ]);
    },
    rewrites: { notifications: ['title', 'body'] },
    drops: { notifications: ['title', 'body'] },
  },
  '0020_due_basis': {
    seed: (sql) => {
      creator(sql, 1, 'Mia');
      collaboration(sql, 1, 1, 'in_production');
      // Every sentence an earlier version wrote, and one it never did.
      const bases = [
        '14 calendar days after signing',
        '1 working day after the product is received',
        '3 working days after the draft is delivered',
        '90 calendar days after publication',
        'on 15 April 2026',
        'agreed with the creator, without a contract',
        'the publish-by date agreed on the collaboration',
        'when the moon is full',
      ];
      bases.forEach((basis, i) => milestone(sql, 10 + i, 1, `m${i}`, { basis, ...(basis.startsWith('on ') ? { due_date: '2026-04-22', original_due_date: '2026-04-15' } : {}) }));
    },
    check: (sql) => {
      const bases = all<{ basis: string }>(sql, 'SELECT basis FROM milestones ORDER BY id').map((r) => JSON.parse(r.basis) as unknown);
      expect(bases).toEqual([
        { from: 'signed', days: 14, dayCount: 'calendar' },
        { from: 'product_received', days: 1, dayCount: 'working' },
        { from: 'draft_delivered', days: 3, dayCount: 'working' },
        { from: 'publication', days: 90, dayCount: 'calendar' },
        // The contract's date, not the one an amendment moved it to.
        { from: 'fixed', onDate: '2026-04-15' },
        { from: 'own' },
        { from: 'publish_by' },
        { from: 'text', text: 'when the moon is full' },
      ]);
      for (const b of bases) expect(DueBasis.safeParse(b).success, JSON.stringify(b)).toBe(true);
    },
    rewrites: { milestones: ['basis'] },
  },
  '0021_collab_targets': {
    seed: (sql) => {
      campaign(sql, 1, 'Spring launch');
      creator(sql, 1, 'Mia');
      collaboration(sql, 1, 1, 'published', { campaign_id: 1 });
    },
    check: (sql) => {
      // Every collaboration there was keeps its share of the campaign's targets until the brand sets its own.
      expect(one(sql, 'SELECT targets FROM collaborations WHERE id = 1')).toEqual({ targets: null });
      run(sql, `UPDATE collaborations SET targets = '{"posts":2,"views":60000}' WHERE id = 1`)();
      const row = drizzle(sql, { schema }).select({ targets: schema.collaborations.targets }).from(schema.collaborations).get();
      expect(row).toEqual({ targets: { posts: 2, views: 60_000 } });
    },
  },
  '0022_brief_materials_cadence': {
    seed: (sql) => {
      campaign(sql, 1, 'Spring launch');
      creator(sql, 1, 'Mia');
      collaboration(sql, 1, 1, 'production', { campaign_id: 1 });
    },
    check: (sql) => {
      // Every campaign there was keeps the default check-in rhythm until the brand changes it.
      expect(one(sql, 'SELECT cadence FROM campaigns WHERE id = 1')).toEqual({ cadence: null });
      const at = '2026-03-01T09:00:00.000Z';
      run(sql, `INSERT INTO briefs (campaign_id, content, created_at, updated_at) VALUES (1, '{"product":"Lamp"}', '${at}', '${at}')`)();
      run(sql, `INSERT INTO briefs (collaboration_id, content, created_at, updated_at) VALUES (1, '{"length":"60 s"}', '${at}', '${at}')`)();
      // A brief belongs to a campaign or to one collaboration, never both or neither.
      expect(run(sql, `INSERT INTO briefs (campaign_id, collaboration_id, created_at, updated_at) VALUES (1, 1, '${at}', '${at}')`)).toThrow(/CHECK/);
      expect(run(sql, `INSERT INTO briefs (created_at, updated_at) VALUES ('${at}', '${at}')`)).toThrow(/CHECK/);
      expect(run(sql, `INSERT INTO briefs (campaign_id, created_at, updated_at) VALUES (1, '${at}', '${at}')`)).toThrow(/UNIQUE/);
    },
  },
  '0023_mail_import': {
    seed: (sql) => {
      creator(sql, 1, 'Mia');
    },
    check: (sql) => {
      // A creator known before has no further addresses until the brand adds them.
      expect(one(sql, 'SELECT other_emails FROM creators WHERE id = 1')).toEqual({ other_emails: '[]' });
      const at = '2026-03-01T09:00:00.000Z';
      const insert = `INSERT INTO mail_unassigned (message_id, direction, creator_id, from_address, sent_at, created_at) VALUES ('<a@x>', 'creator_to_brand', 1, 'mia@example.com', '${at}', '${at}')`;
      run(sql, insert)();
      // One row per Message-ID: the same mail read twice waits once.
      expect(run(sql, insert)).toThrow(/UNIQUE/);
    },
  },
  '0024_mail_account': {
    seed: () => undefined,
    check: (sql) => {
      // No mailbox is connected until the brand connects one, and there is only ever one.
      expect(one(sql, 'SELECT COUNT(*) AS n FROM mail_account')).toEqual({ n: 0 });
      expect(run(sql, `INSERT INTO mail_account (id, account, updated_at) VALUES (2, '{}', '2026-03-01T09:00:00.000Z')`)).toThrow(/CHECK/);
    },
  },
  '0025_mail_folders': {
    seed: () => undefined,
    check: (sql) => {
      // Nothing has been read from a mailbox yet; one row per folder role.
      expect(one(sql, 'SELECT COUNT(*) AS n FROM mail_folders')).toEqual({ n: 0 });
      const insert = `INSERT INTO mail_folders (role, path, uid_validity) VALUES ('sent', 'Verzonden', '1')`;
      run(sql, insert)();
      expect(run(sql, insert)).toThrow(/UNIQUE/);
    },
  },
  '0026_mail_outbox': {
    seed: (sql) => {
      creator(sql, 1, 'Mia');
      collaboration(sql, 1, 1, 'in_production');
      message(sql, 1, 1, 1, '2026-03-03T09:00:00.000Z', { direction: 'brand_to_creator', text: 'Hi' });
    },
    check: (sql) => {
      // Nothing was sent from the app before; a Message-ID is one mail, and a mail belongs to a collaboration there is.
      expect(one(sql, 'SELECT COUNT(*) AS n FROM mail_outbox')).toEqual({ n: 0 });
      const insert = (collaborationId: number) =>
        `INSERT INTO mail_outbox (message_id, collaboration_id, to_address, body, status, created_at) VALUES ('<a@brand.test>', ${collaborationId}, 'mia@example.com', 'Hi', 'queued', '2026-03-01T09:00:00.000Z')`;
      expect(run(sql, insert(999))).toThrow(/FOREIGN KEY/);
    },
  },
};

type EarlierReminder = [item: string, kind: string, occurrence: number, party: string, title: string, body: string];

const EARLIER_REMINDERS: EarlierReminder[] = [
  ['milestone:10@2026-03-20', 'overdue', 3, 'creator', 'Mia: first draft is 3 days late', 'It was due 20 Mar 2026.'],
  ['milestone:11@2026-03-24', 'due_soon', 48, 'brand', 'Your part, with Mia: Pay the deposit is due in 2 days', 'Due 24 Mar 2026.'],
  ['milestone:10@2026-03-20', 'due_soon', 6, 'creator', 'Mia: first draft is due in 6 hours', 'Due 20 Mar 2026.'],
  ['milestone:10@2026-03-20', 'due_soon', 24, 'creator', 'Mia: first draft is due tomorrow', 'Due 20 Mar 2026.'],
  ['sla:1:2026-03-03T09:00:00.000Z', 'sla_breached', 0, 'creator', 'Mia has not replied', 'Reply to your message of 3 Mar, 10:00 is still unanswered past the agreed reply time.'],
  ['date:11@2026-04-20', 'licence_expiring', 0, 'brand', "The usage licence for Mia's content ended 2 days ago", 'Stop using the content in ads and on your channels after 20 Apr 2026, or agree an extension.'],
  ['date:11@2026-04-20', 'licence_expiring', 3, 'brand', "The usage licence for Mia's content ends in 3 days", 'Stop using the content in ads and on your channels after 20 Apr 2026, or agree an extension.'],
  ['gifting:1', 'gifting_followup', 14, 'creator', 'No post from Mia, 16 days after the gift arrived', 'Send a last friendly note, or mark the creator as lost contact.'],
  ['gifting:1', 'gifting_followup', 7, 'creator', 'Follow up with Mia: 8 days since the gift arrived', 'A short, warm check-in works best.'],
  ['milestone:999@2026-03-20', 'overdue', 1, 'creator', 'Mia: Old draft is 1 day late', 'It was due 20 Mar 2026.'],
];
