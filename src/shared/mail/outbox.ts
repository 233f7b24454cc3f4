import { z } from 'zod';
import { Id, IsoDateTime, enterText, optionalText } from '../fields';
import { problem } from '../i18n/problems';
import { TemplateKind } from '../outreach/kindSchemas';
import { finished, TemplateId } from '../outreach/schemas';
import { MailProblem } from './mailboxSchemas';

/** Files one mail carries from the campaign's kit: a provider refuses a mail much larger (Gmail 25 MB, before base64). */
export const ATTACHMENTS_MAX = 20;
export const ATTACHMENTS_MAX_BYTES = 20_000_000;
export const ATTACHMENTS_MAX_MB = ATTACHMENTS_MAX_BYTES / 1_000_000;

/**
 * Pauses before a queued mail is tried again, by how many tries failed: soon after a short outage,
 * then no more than hourly (a mail server that is down, or a password to be fixed, is not helped by more).
 */
export const OUTBOX_RETRY_MINUTES = [1, 2, 5, 10, 30, 60] as const;

export function retryDelayMinutes(failedAttempts: number): number {
  return OUTBOX_RETRY_MINUTES[Math.min(Math.max(failedAttempts, 1), OUTBOX_RETRY_MINUTES.length) - 1]!;
}

/** The longest message the composer sends, in characters. */
export const MAIL_BODY_MAX = 20_000;

/** A message written in the composer, sent through the connected mailbox to the creator's address. */
export const MailSendInput = z
  .strictObject({
    collaborationId: Id,
    subject: optionalText(300).optional(),
    body: enterText('messageSent', MAIL_BODY_MAX),
    /** Which rung it was, so the next suggestion knows what has been tried. */
    kind: TemplateKind.optional(),
    templateId: TemplateId.optional(),
    /** Files of the campaign's materials kit sent along. */
    materialIds: z
      .array(Id)
      .max(ATTACHMENTS_MAX, { error: problem('mail.attachmentsMax', { max: ATTACHMENTS_MAX }) })
      .refine((ids) => new Set(ids).size === ids.length, { error: problem('mail.attachmentTwice') })
      .default([]),
  })
  .superRefine((input, ctx) => {
    finished(input.subject, ctx, 'subject');
    finished(input.body, ctx, 'body');
  });
export type MailSendInput = z.input<typeof MailSendInput>;

/**
 * Where a message in the outbox is: waiting to be tried (again), being handed to the server now,
 * sent (the server took it), failed (the server refused it for good, or sending was cut off without
 * knowing whether it went: the brand decides), or cancelled by the brand.
 */
export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed', 'cancelled'] as const;
export const OutboxStatus = z.enum(OUTBOX_STATUSES);
export type OutboxStatus = z.infer<typeof OutboxStatus>;

/** Not gone yet: waiting for a try, being handed over, or stopped until the brand decides; the others are settled. */
export const WAITING_STATUSES: readonly OutboxStatus[] = ['queued', 'sending', 'failed'];
export const isWaiting = (status: OutboxStatus): boolean => WAITING_STATUSES.includes(status);

/**
 * Why a message has not gone: a connection problem (as a connection test says it), no mailbox
 * connected or no password kept, the server refusing this message or its recipient, or a send cut
 * off (the app closed or crashed while handing it over) that the Sent folder does not show.
 */
export const OutboxProblem = z.discriminatedUnion('code', [
  ...MailProblem.options,
  z.object({ code: z.literal('not_connected') }),
  z.object({ code: z.literal('rejected'), detail: z.string() }),
  z.object({ code: z.literal('interrupted') }),
  /** A file of the kit was removed, or its copy is missing or damaged, since the mail was written. */
  z.object({ code: z.literal('attachment_unavailable'), name: z.string() }),
]);
export type OutboxProblem = z.infer<typeof OutboxProblem>;

/** Whether the sent mail is in the mailbox's Sent folder: put there by the app, by the provider itself, or not (no Sent folder, or it failed). */
export const SENT_COPIES = ['saved', 'by_provider', 'not_saved'] as const;
export const SentCopy = z.enum(SENT_COPIES);
export type SentCopy = z.infer<typeof SentCopy>;

export const OutboxEntry = z.object({
  id: Id,
  /** The mail's own Message-ID: the same mail is never handed to the server twice, and a sync finds it logged. */
  messageId: z.string(),
  collaborationId: Id,
  creatorId: Id,
  creatorName: z.string(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  /** The mail it answers, for the thread. */
  inReplyTo: z.string().nullable(),
  attachments: z.array(z.object({ materialId: Id, name: z.string(), bytes: z.number().int().min(0) })),
  status: OutboxStatus,
  attempts: z.number().int().min(0),
  createdAt: IsoDateTime,
  lastAttemptAt: IsoDateTime.nullable(),
  /** When it is tried again by itself (queued only). */
  nextAttemptAt: IsoDateTime.nullable(),
  problem: OutboxProblem.nullable(),
  sentAt: IsoDateTime.nullable(),
  /** The message event logged when it went. */
  eventId: Id.nullable(),
  sentCopy: SentCopy.nullable(),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

export const OutboxListInput = z.strictObject({
  /** Only this collaboration's. */
  collaborationId: Id.optional(),
});
export const OutboxCancelInput = z.strictObject({ id: Id });
/** With an id, that message now (queued or failed); without, every queued one whose time has come. */
export const OutboxRetryInput = z.strictObject({ id: Id.optional() });
