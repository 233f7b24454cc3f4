import { eq } from 'drizzle-orm';
import type { MessageDirection } from '../../../shared/events/message';
import { MAIL_SOURCE, type MailMessage, type MailSummary, type MailUnreadable } from '../../../shared/mail/schemas';
import { mailSnippet } from '../../../shared/mail/snippet';
import { collaborations, mailUnassigned } from '../../db/schema';
import { writeTransaction } from '../../db/writeTransaction';
import { type Ctx, nowIso } from '../context';
import { notFound } from '../errors';
import { eventWithExternalId } from '../eventRecord';
import { appendEvent } from '../events';
import { restartReplyClock } from '../replyClock';
import { creatorDirectory } from './directory';
import { type Chosen, mailPlacer } from './match';
import type { ReadMail } from './readMail';

/** A subject is kept as long as one logged by hand may be. */
const SUBJECT_KEPT = 300;

export interface TakeOptions {
  /** The collaboration the mail was dropped on: its creator's mail with no thread of its own goes there. */
  collaborationId?: number;
}

/**
 * Takes mail into the history: each message not seen before (by its Message-ID) is logged as a
 * message event on its collaboration, or waits in the unassigned tray, or is left out when it is
 * nobody's; the reply clock of every collaboration that got mail is recounted once at the end. All
 * of it is one write transaction: the summary is what is stored, or nothing is.
 */
export function takeMail(ctx: Ctx, mail: readonly ReadMail[], options: TakeOptions = {}): MailSummary {
  return writeTransaction(ctx.db.$client, () => {
    const db = ctx.db;
    const chosen = options.collaborationId === undefined ? null : placeable(ctx, options.collaborationId);
    const directory = creatorDirectory(db);
    const place = mailPlacer(db, directory, chosen);
    const now = ctx.clock.now().getTime();
    const summary: MailSummary = { read: mail.length, logged: [], alreadyLogged: 0, unassigned: 0, alreadyWaiting: 0, dismissed: 0, skipped: 0, unreadable: [] };
    const logged = new Map<number, { creatorId: number; count: number }>();
    // Oldest first, so a reply in the same file finds the mail it answers, and the clock runs in order.
    const ordered = [...mail].sort((a, b) => Date.parse(a.message.sentAt) - Date.parse(b.message.sentAt));
    for (const item of ordered) {
      const m = item.message;
      if (Date.parse(m.sentAt) > now) {
        summary.unreadable.push(refusal(item, 'date_in_future'));
        continue;
      }
      if (eventWithExternalId(db, { source: MAIL_SOURCE, id: m.messageId })) {
        summary.alreadyLogged += 1;
        continue;
      }
      const waiting = db.select({ settledAt: mailUnassigned.settledAt }).from(mailUnassigned).where(eq(mailUnassigned.messageId, m.messageId)).get();
      if (waiting) {
        if (waiting.settledAt === null) summary.alreadyWaiting += 1;
        else summary.dismissed += 1;
        continue;
      }
      const placed = place(m);
      if (placed.to === 'nowhere') summary.skipped += 1;
      else if (placed.to === 'unassigned') {
        waitUnassigned(ctx, m, placed);
        summary.unassigned += 1;
      } else {
        logMail(ctx, m, placed);
        const seen = logged.get(placed.collaborationId) ?? { creatorId: placed.creatorId, count: 0 };
        logged.set(placed.collaborationId, { ...seen, count: seen.count + 1 });
      }
    }
    for (const collaborationId of logged.keys()) restartReplyClock(ctx, db, collaborationId);
    summary.logged = [...logged].map(([collaborationId, { creatorId, count }]) => ({ collaborationId, creatorId, creatorName: directory.nameOf(creatorId), count }));
    return summary;
  });
}

const refusal = (item: ReadMail, reason: MailUnreadable['reason']): MailUnreadable => ({
  file: item.file,
  index: item.index,
  messageId: item.message.messageId,
  subject: item.message.subject,
  reason,
});

/** What a mail's message event holds: who wrote, by email, its subject and the start of what it says. */
export function mailEventData(direction: MessageDirection, subject: string, snippet: string) {
  const kept = subject.trim().slice(0, SUBJECT_KEPT);
  return { direction, channel: 'email' as const, text: snippet, ...(kept ? { subject: kept } : {}) };
}

function logMail(ctx: Ctx, m: MailMessage, place: { collaborationId: number; creatorId: number; direction: MessageDirection }): void {
  appendEvent(ctx, ctx.db, {
    type: 'message',
    collaborationId: place.collaborationId,
    creatorId: place.creatorId,
    at: new Date(m.sentAt).toISOString(),
    data: mailEventData(place.direction, m.subject, mailSnippet(m.text)),
    external: { source: MAIL_SOURCE, id: m.messageId },
  });
}

function waitUnassigned(ctx: Ctx, m: MailMessage, place: { creatorId: number | null; suggestedCreatorId: number | null; direction: MessageDirection }): void {
  ctx.db
    .insert(mailUnassigned)
    .values({
      messageId: m.messageId,
      direction: place.direction,
      creatorId: place.creatorId,
      suggestedCreatorId: place.suggestedCreatorId,
      fromAddress: m.from ?? '',
      toAddresses: [...m.to, ...m.cc],
      subject: m.subject,
      snippet: mailSnippet(m.text),
      sentAt: new Date(m.sentAt).toISOString(),
      inReplyTo: m.inReplyTo,
      references: m.references,
      createdAt: nowIso(ctx),
    })
    .run();
}

/** A collaboration mail may be placed on: one that is there (on the board or archived), not in the trash. */
export function placeable(ctx: Ctx, collaborationId: number): Chosen {
  const row = ctx.db
    .select({ id: collaborations.id, creatorId: collaborations.creatorId, visibility: collaborations.visibility })
    .from(collaborations)
    .where(eq(collaborations.id, collaborationId))
    .get();
  if (!row || row.visibility === 'trashed' || row.visibility === 'deleted') throw notFound('Collaboration', collaborationId);
  return { collaborationId: row.id, creatorId: row.creatorId };
}
