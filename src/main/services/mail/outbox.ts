import { and, asc, eq, inArray, isNull, lte, or } from 'drizzle-orm';
import type { z } from 'zod';
import { problem } from '../../../shared/i18n/problems';
import type { MailSendInput, OutboxCancelInput, OutboxEntry, OutboxRetryInput } from '../../../shared/mail/outbox';
import { creators, mailOutbox } from '../../db/schema';
import { returnedRow } from '../../db/returned';
import { writeTransaction } from '../../db/writeTransaction';
import { type Ctx, nowIso } from '../context';
import { AppError } from '../errors';
import { storedLogin } from '../mailbox/connect';
import { deliver, isInFlight, settleInterrupted } from './deliver';
import { checkAttachments, newMessageId, replySubject, threadOf } from './outgoing';
import { outboxEntries, outboxEntry, outboxRow, type OutboxRow } from './outboxRows';
import { hasRoomFor } from './room';
import { placeable } from './take';

/**
 * Sends a message from the composer to the collaboration's creator. It is stored in the outbox
 * first (so nothing written is lost if the app stops), then handed to the server; whatever the
 * server says, the answer is the row: sent, or waiting with the reason.
 */
export async function sendMail(ctx: Ctx, input: z.output<typeof MailSendInput>): Promise<OutboxEntry> {
  const login = storedLogin(ctx);
  if (!login) throw new AppError('CONFLICT', problem('service.mailNotConnected'));
  const { collaborationId, creatorId } = placeable(ctx, input.collaborationId);
  const creator = ctx.db.select({ name: creators.name, email: creators.email }).from(creators).where(eq(creators.id, creatorId)).get()!;
  if (!creator.email) throw new AppError('CONFLICT', problem('mail.noCreatorEmail', { name: creator.name }));
  checkAttachments(ctx, collaborationId, input.materialIds);
  const thread = threadOf(ctx, collaborationId);
  const now = nowIso(ctx);
  const queued = writeTransaction(ctx.db.$client, () =>
    returnedRow(
      ctx.db
        .insert(mailOutbox)
        .values({
          messageId: newMessageId(ctx, login.account.address, now),
          collaborationId,
          toAddress: creator.email!,
          // No subject written: the thread's, as any mail program answers.
          subject: input.subject?.trim() ? input.subject : replySubject(thread.subject),
          body: input.body,
          kind: input.kind ?? null,
          templateId: input.templateId ?? null,
          inReplyTo: thread.inReplyTo,
          references: thread.references,
          materialIds: input.materialIds,
          status: 'queued',
          createdAt: now,
          nextAttemptAt: now,
        })
        .returning()
        .all(),
    ),
  );
  return outboxEntry(ctx.db, await deliver(ctx, queued.id));
}

/** A waiting mail is never sent: cancelled. One sent, cancelled already or being handed over now is refused. */
export function cancelOutbox(ctx: Ctx, input: z.output<typeof OutboxCancelInput>): OutboxEntry {
  const row = outboxRow(ctx.db, input.id);
  assertWaiting(ctx, row);
  ctx.db.update(mailOutbox).set({ status: 'cancelled', nextAttemptAt: null }).where(eq(mailOutbox.id, row.id)).run();
  return outboxEntry(ctx.db, outboxRow(ctx.db, row.id));
}

function assertWaiting(ctx: Ctx, row: OutboxRow): void {
  if (row.status === 'sent' || row.status === 'cancelled') throw new AppError('CONFLICT', problem('mail.outboxSettled', { status: row.status }));
  if (row.status === 'sending' && isInFlight(ctx, row.id)) throw new AppError('CONFLICT', problem('mail.outboxSending'));
}

/**
 * Tries the outbox now. One mail named: sent now, whatever its pause (a mail cut off mid-way is
 * first looked for in the Sent folder). None named: mail cut off mid-way is settled, then every
 * queued mail whose pause is over goes, oldest first, until the mailbox itself fails (the rest
 * then keep their turn).
 */
export async function retryOutbox(ctx: Ctx, input: z.output<typeof OutboxRetryInput>): Promise<OutboxEntry[]> {
  if (input.id !== undefined) {
    const row = outboxRow(ctx.db, input.id);
    assertWaiting(ctx, row);
    if (row.status === 'sending') return outboxEntries(ctx.db, await settleInterrupted(ctx, [row]));
    return [outboxEntry(ctx.db, await deliver(ctx, row.id))];
  }
  const due = dueRows(ctx);
  const tried = await settleInterrupted(ctx, due.filter((row) => row.status === 'sending'));
  for (const [index, row] of due.filter((r) => r.status === 'queued').entries()) {
    // The caller made room for one mail; each further one needs its own, or it waits for the next round.
    if (index > 0 && !hasRoomFor(ctx, row)) break;
    const after = await deliver(ctx, row.id);
    tried.push(after);
    // The mailbox, not this mail, is the problem: the others would fail alike.
    if (after.status === 'queued') break;
  }
  return outboxEntries(ctx.db, tried);
}

/** Queued mail whose pause is over, and mail cut off mid-way (not being handed over now) not looked for lately; oldest first. */
function dueRows(ctx: Ctx): OutboxRow[] {
  return ctx.db
    .select()
    .from(mailOutbox)
    .where(and(inArray(mailOutbox.status, ['queued', 'sending']), or(isNull(mailOutbox.nextAttemptAt), lte(mailOutbox.nextAttemptAt, nowIso(ctx)))))
    .orderBy(asc(mailOutbox.createdAt), asc(mailOutbox.id))
    .all()
    .filter((row) => row.status === 'queued' || !isInFlight(ctx, row.id));
}

/** Whether the outbox has work now; the background worker asks before it tries, so a quiet outbox costs one query. */
export const outboxHasWork = (ctx: Ctx): boolean => dueRows(ctx).length > 0;
