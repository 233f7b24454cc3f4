import { and, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { problem } from '../../../shared/i18n/problems';
import { type OutboxEntry, type OutboxListInput, WAITING_STATUSES } from '../../../shared/mail/outbox';
import { collaborations, creators, mailOutbox, materials } from '../../db/schema';
import type { Ctx, Tx } from '../context';
import { AppError } from '../errors';

export type OutboxRow = typeof mailOutbox.$inferSelect;
type Db = Ctx['db'] | Tx;

/** Settled messages the list shows after the waiting ones. */
const SETTLED_SHOWN = 50;

export function outboxRow(db: Db, id: number): OutboxRow {
  const row = db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', problem('mail.outboxNotFound', { id }));
  return row;
}

/** Rows as the API answers them: with the creator's name and the attached files' names. */
export function outboxEntries(db: Db, rows: readonly OutboxRow[]): OutboxEntry[] {
  if (rows.length === 0) return [];
  const who = db
    .select({ collaborationId: collaborations.id, creatorId: creators.id, name: creators.name })
    .from(collaborations)
    .innerJoin(creators, eq(creators.id, collaborations.creatorId))
    .where(inArray(collaborations.id, [...new Set(rows.map((r) => r.collaborationId))]))
    .all();
  const fileIds = [...new Set(rows.flatMap((r) => r.materialIds))];
  const files = fileIds.length === 0 ? [] : db.select({ id: materials.id, name: materials.name, bytes: materials.bytes }).from(materials).where(inArray(materials.id, fileIds)).all();
  return rows.map((row) => {
    const creator = who.find((w) => w.collaborationId === row.collaborationId)!;
    return {
      id: row.id,
      messageId: row.messageId,
      collaborationId: row.collaborationId,
      creatorId: creator.creatorId,
      creatorName: creator.name,
      to: row.toAddress,
      subject: row.subject,
      body: row.body,
      inReplyTo: row.inReplyTo,
      attachments: row.materialIds.flatMap((id) => {
        const file = files.find((f) => f.id === id);
        return file ? [{ materialId: id, name: file.name, bytes: file.bytes }] : [];
      }),
      status: row.status,
      attempts: row.attempts,
      createdAt: row.createdAt,
      lastAttemptAt: row.lastAttemptAt,
      nextAttemptAt: row.status === 'queued' ? row.nextAttemptAt : null,
      problem: row.problem ?? null,
      sentAt: row.sentAt,
      eventId: row.eventId,
      sentCopy: row.sentCopy,
    };
  });
}

export const outboxEntry = (db: Db, row: OutboxRow): OutboxEntry => outboxEntries(db, [row])[0]!;

/** The waiting messages, newest first, then the latest settled ones. */
export function listOutbox(ctx: Ctx, input: z.output<typeof OutboxListInput>): OutboxEntry[] {
  const own = input.collaborationId === undefined ? undefined : eq(mailOutbox.collaborationId, input.collaborationId);
  const waiting = ctx.db
    .select()
    .from(mailOutbox)
    .where(and(inArray(mailOutbox.status, [...WAITING_STATUSES]), own))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .all();
  const settled = ctx.db
    .select()
    .from(mailOutbox)
    .where(and(notInArray(mailOutbox.status, [...WAITING_STATUSES]), own))
    .orderBy(desc(sql`coalesce(${mailOutbox.sentAt}, ${mailOutbox.lastAttemptAt}, ${mailOutbox.createdAt})`), desc(mailOutbox.id))
    .limit(SETTLED_SHOWN)
    .all();
  return outboxEntries(ctx.db, [...waiting, ...settled]);
}
