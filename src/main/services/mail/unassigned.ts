import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { problem } from '../../../shared/i18n/problems';
import { Email } from '../../../shared/fields';
import { MAIL_SOURCE, type UnassignedAssigned, type UnassignedAssignInput, type UnassignedDismissInput, type UnassignedMail } from '../../../shared/mail/schemas';
import { addressKey, OTHER_EMAILS_MAX } from '../../../shared/mail/addresses';
import { creators, mailUnassigned } from '../../db/schema';
import { writeTransaction } from '../../db/writeTransaction';
import { type Ctx, nowIso } from '../context';
import { AppError, badField } from '../errors';
import { eventWithExternalId } from '../eventRecord';
import { appendEvent } from '../events';
import { addressesOf, addressHeldByOther } from '../creatorAddresses';
import { getCreator, updateCreator } from '../influencers';
import { restartReplyClock } from '../replyClock';
import { mailEventData, placeable } from './take';

type Row = typeof mailUnassigned.$inferSelect;

/** The mail waiting to be placed, newest first, with whose it is or may be. */
export function listUnassigned(ctx: Ctx): UnassignedMail[] {
  const rows = ctx.db.select().from(mailUnassigned).where(isNull(mailUnassigned.settledAt)).orderBy(desc(mailUnassigned.sentAt), desc(mailUnassigned.id)).all();
  return withCreators(ctx, rows);
}

/**
 * Places a waiting mail on a collaboration: logged as its message event (with its Message-ID, so
 * it is never logged again) and the reply clock recounted. A mail from a known creator goes on one
 * of theirs. A mail from an unknown address that the brand places on the suggested creator's
 * collaboration makes the address theirs, unless asked not to (or another creator has it).
 */
export function assignUnassigned(ctx: Ctx, input: z.output<typeof UnassignedAssignInput>): UnassignedAssigned {
  return writeTransaction(ctx.db.$client, () => {
    const row = openRow(ctx, input.id);
    const target = placeable(ctx, input.collaborationId);
    if (row.creatorId !== null && row.creatorId !== target.creatorId) {
      throw badField(['collaborationId'], problem('mail.otherCreator', { name: getCreator(ctx, row.creatorId).name }));
    }
    const { event } = appendEvent(ctx, ctx.db, {
      type: 'message',
      collaborationId: target.collaborationId,
      creatorId: target.creatorId,
      at: row.sentAt,
      data: mailEventData(row.direction, row.subject, row.snippet),
      external: { source: MAIL_SOURCE, id: row.messageId },
    });
    restartReplyClock(ctx, ctx.db, target.collaborationId);
    const remember = input.rememberAddress && row.creatorId === null && row.suggestedCreatorId === target.creatorId;
    const addressAdded = remember && rememberAddress(ctx, target.creatorId, row.fromAddress);
    const settled = settle(ctx, row.id);
    return { mail: withCreators(ctx, [settled])[0]!, eventId: event.id, addressAdded };
  });
}

/** Leaves a waiting mail out: it is not logged, and the same mail imported again stays out. */
export function dismissUnassigned(ctx: Ctx, input: z.output<typeof UnassignedDismissInput>): UnassignedMail {
  const row = openRow(ctx, input.id);
  return withCreators(ctx, [settle(ctx, row.id)])[0]!;
}

function openRow(ctx: Ctx, id: number): Row {
  const row = ctx.db.select().from(mailUnassigned).where(eq(mailUnassigned.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', problem('mail.notFound', { id }));
  if (row.settledAt !== null) {
    const how = eventWithExternalId(ctx.db, { source: MAIL_SOURCE, id: row.messageId }) ? 'assigned' : 'dismissed';
    throw new AppError('CONFLICT', problem('mail.settled', { how }));
  }
  return row;
}

function settle(ctx: Ctx, id: number): Row {
  const rows = ctx.db.update(mailUnassigned).set({ settledAt: nowIso(ctx) }).where(and(eq(mailUnassigned.id, id), isNull(mailUnassigned.settledAt))).returning().all();
  if (!rows[0]) throw new Error(`Unassigned mail #${id} was settled meanwhile.`);
  return rows[0];
}

/** Adds the address to the creator's further ones, when it is a real address no one else has and there is room. */
function rememberAddress(ctx: Ctx, creatorId: number, address: string): boolean {
  const creator = getCreator(ctx, creatorId);
  if (!Email.safeParse(address).success || creator.otherEmails.length >= OTHER_EMAILS_MAX) return false;
  if (addressHeldByOther(ctx.db, creatorId, address) || addressesOf(creator).some((a) => addressKey(a) === addressKey(address))) return false;
  updateCreator(ctx, { id: creatorId, otherEmails: [...creator.otherEmails, address] });
  return true;
}

function withCreators(ctx: Ctx, rows: Row[]): UnassignedMail[] {
  const ids = [...new Set(rows.flatMap((r) => [r.creatorId, r.suggestedCreatorId]).filter((id): id is number => id !== null))];
  const names = new Map(
    ids.length === 0
      ? []
      : ctx.db
          .select({ id: creators.id, name: creators.name })
          .from(creators)
          .where(inArray(creators.id, ids))
          .all()
          .map((c) => [c.id, c]),
  );
  const ref = (id: number | null) => (id === null ? null : (names.get(id) ?? null));
  return rows.map(({ creatorId, suggestedCreatorId, inReplyTo: _i, references: _r, ...row }) => ({
    ...row,
    creator: ref(creatorId),
    suggestedCreator: ref(suggestedCreatorId),
  }));
}
