import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, max } from 'drizzle-orm';
import MailComposer from 'nodemailer/lib/mail-composer';
import { problem, type ProblemKey } from '../../../shared/i18n/problems';
import type { MailAccount } from '../../../shared/mail/account';
import { ATTACHMENTS_MAX_BYTES, ATTACHMENTS_MAX_MB } from '../../../shared/mail/outbox';
import { MAIL_SOURCE } from '../../../shared/mail/schemas';
import { chainHead } from '../../db/eventChain';
import { collaborations, events, mailOutbox, materials } from '../../db/schema';
import type { Ctx } from '../context';
import { AppError, badField } from '../errors';
import { readMaterial } from '../materials';

/*
 * The mail the composer sends, as the creator's mail program will see it: the brand's address as
 * the sender, a Message-ID of its own, and the thread it continues.
 */

/** The thread a new mail continues: the conversation's latest mail, and the ones before it that a mail program threads by. */
export interface Thread {
  inReplyTo: string | null;
  references: string[];
  /** The latest mail's subject, for a "Re:" when the brand wrote none. */
  subject: string | null;
}

/** RFC 5322 lets References grow with the thread; mail programs keep the first and the latest ones. */
const REFERENCES_KEPT = 20;

export function threadOf(ctx: Ctx, collaborationId: number): Thread {
  const mail = ctx.db
    .select({ messageId: events.externalId, data: events.data })
    .from(events)
    .where(and(eq(events.collaborationId, collaborationId), eq(events.type, 'message'), eq(events.externalSource, MAIL_SOURCE)))
    .orderBy(asc(events.at), asc(events.id))
    .all()
    .filter((row): row is { messageId: string; data: unknown } => row.messageId !== null);
  const latest = mail.at(-1);
  if (!latest) return { inReplyTo: null, references: [], subject: null };
  const ids = mail.map((m) => m.messageId);
  const references = ids.length <= REFERENCES_KEPT ? ids : [ids[0]!, ...ids.slice(-(REFERENCES_KEPT - 1))];
  const subject = (latest.data as { subject?: unknown }).subject;
  return { inReplyTo: latest.messageId, references, subject: typeof subject === 'string' ? subject : null };
}

/** The subject a reply carries when the brand wrote none: the thread's, with one "Re:". */
export function replySubject(threadSubject: string | null): string {
  if (!threadSubject) return '';
  return /^\s*(re|aw|antw|回复|答复)\s*[:：]/i.test(threadSubject) ? threadSubject.trim() : `Re: ${threadSubject.trim()}`;
}

/**
 * A Message-ID of the brand's own domain, recognisable as the brand's in any mail program. It is
 * made from the workspace's history (the head of its event chain), the outbox row it is for and the
 * time, rather than drawn at random: unique all the same, and a copy of the workspace given the
 * same change makes the same mail.
 */
export function newMessageId(ctx: Ctx, address: string, at: string): string {
  const domain = address.split('@')[1] ?? 'followthrough.local';
  const row = ctx.db.select({ last: max(mailOutbox.id) }).from(mailOutbox).get();
  const seed = `${chainHead(ctx.db.$client)?.lastHash ?? ''}|${(row?.last ?? 0) + 1}|${at}|${address}`;
  return `<ft.${Date.parse(at).toString(36)}.${createHash('sha256').update(seed).digest('hex').slice(0, 20)}@${domain}>`;
}

/**
 * The kit files chosen for a mail: of the collaboration's campaign, not removed, their copies there
 * and together small enough for a mail service to take. Refused, naming the file, otherwise.
 */
export function checkAttachments(ctx: Ctx, collaborationId: number, materialIds: readonly number[]): void {
  if (materialIds.length === 0) return;
  const collaboration = ctx.db.select({ campaignId: collaborations.campaignId }).from(collaborations).where(eq(collaborations.id, collaborationId)).get();
  const rows = ctx.db.select().from(materials).where(inArray(materials.id, [...materialIds])).all();
  let total = 0;
  for (const [index, id] of materialIds.entries()) {
    const row = rows.find((r) => r.id === id);
    // Read and checked now, so a mail is never queued with a file that is not there.
    const file = readMaterialAt(ctx, id, index);
    if (row && row.campaignId !== collaboration?.campaignId) throw badField(['materialIds', index], problem('mail.attachmentOtherCampaign', { name: row.name }));
    total += file.bytes;
  }
  if (total > ATTACHMENTS_MAX_BYTES) throw badField(['materialIds'], problem('mail.attachmentsTooBig', { mb: ATTACHMENTS_MAX_MB }));
}

function readMaterialAt(ctx: Ctx, id: number, index: number) {
  try {
    return readMaterial(ctx, { id });
  } catch (error) {
    // The kit's own refusal (removed, missing, damaged), said at the field that chose the file.
    if (error instanceof AppError && error.key) throw badField(['materialIds', index], problem(error.key as ProblemKey, error.params));
    throw error;
  }
}

export interface Outgoing {
  account: MailAccount;
  messageId: string;
  to: string;
  subject: string;
  body: string;
  inReplyTo: string | null;
  references: readonly string[];
  attachments: readonly { name: string; mediaType: string; content: Buffer }[];
  date: Date;
}

/** The mail as bytes: what the SMTP server is handed and what the Sent folder keeps, the same. */
export function composeMail(mail: Outgoing): Promise<Buffer> {
  const from = mail.account.displayName ? { name: mail.account.displayName, address: mail.account.address } : mail.account.address;
  const composer = new MailComposer({
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.body,
    messageId: mail.messageId,
    date: mail.date,
    ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
    ...(mail.references.length > 0 ? { references: [...mail.references] } : {}),
    attachments: mail.attachments.map((a) => ({ filename: a.name, contentType: a.mediaType, content: a.content })),
  });
  return composer.compile().build();
}
