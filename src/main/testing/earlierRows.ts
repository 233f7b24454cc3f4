import type Database from 'better-sqlite3';
import { insertRow, type RawRow } from './rawRows';

/*
 * Rows with only the columns the first version (0000) had, as it wrote them; `extra` adds columns
 * a later version knows. Each lands through insertRow, so events get sealed once there is a chain.
 */

export const T0 = '2026-03-02T09:00:00.000Z';

export const settingsRow = (sql: Database.Database, extra: RawRow = {}) =>
  insertRow(sql, 'settings', { id: 1, brand_name: 'Glow Skin', sender_name: 'Ana', time_zone: 'Europe/Amsterdam', currency: 'EUR', ...extra });

export const creator = (sql: Database.Database, id: number, name: string, extra: RawRow = {}) =>
  insertRow(sql, 'creators', {
    id,
    name,
    handles: JSON.stringify([{ platform: 'instagram', handle: `@${name.toLowerCase()}` }]),
    followers: 12000 * id,
    region: 'NL',
    language: 'en',
    email: `${name.toLowerCase()}@example.com`,
    created_at: T0,
    updated_at: T0,
    ...extra,
  });

export const campaign = (sql: Database.Database, id: number, name: string) =>
  insertRow(sql, 'campaigns', { id, name, product: 'Serum', goals: 'Reach', targets: '{"views":50000}', budget_minor: 500000, currency: 'EUR', created_at: T0, updated_at: T0 });

export const collaboration = (sql: Database.Database, id: number, creatorId: number, stage: string, extra: RawRow = {}) =>
  insertRow(sql, 'collaborations', {
    id,
    creator_id: creatorId,
    stage,
    stage_since: T0,
    fee_minor: 100000,
    currency: 'EUR',
    product: 'Serum',
    notes: `Collaboration ${id}`,
    created_at: T0,
    updated_at: T0,
    ...extra,
  });

/** An event of collaboration `collaborationId`, recorded when it happened unless said otherwise. */
export const event = (sql: Database.Database, id: number, collaborationId: number, creatorId: number, type: string, at: string, data: unknown, extra: RawRow = {}) =>
  insertRow(sql, 'events', { id, at, recorded_at: at, type, collaboration_id: collaborationId, creator_id: creatorId, data: JSON.stringify(data), ...extra });

/** A message as it was logged from 0004 on. */
export const message = (sql: Database.Database, id: number, collaborationId: number, creatorId: number, at: string, fields: Record<string, unknown>, extra: RawRow = {}) =>
  event(sql, id, collaborationId, creatorId, 'message', at, { channel: 'email', text: 'Hello', ...fields }, extra);

/** A milestone as 0002 wrote it. */
export const milestone = (sql: Database.Database, id: number, collaborationId: number, key: string, extra: RawRow = {}) =>
  insertRow(sql, 'milestones', {
    id,
    collaboration_id: collaborationId,
    key,
    name: key.replace(/_/g, ' '),
    party: 'creator',
    kind: 'draft',
    deductible: 1,
    basis: '14 calendar days after signing',
    sort: id,
    contract_version: 1,
    due_date: '2026-03-20',
    due_at: '2026-03-20T22:59:59.999Z',
    ...extra,
  });
