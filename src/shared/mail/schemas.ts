import { z } from 'zod';
import { Id, IsoDateTime } from '../fields';
import { problem } from '../i18n/problems';
import { MessageDirection } from '../events/message';

/** Where a logged mail's external id comes from: its Message-ID, unique among them. */
export const MAIL_SOURCE = 'mail';

/**
 * What one import takes, all files together: they travel as base64 inside one JSON request (a third
 * larger), which must stay under the browser host's 100 MB body limit. A mailbox export larger than
 * this is exported again for a shorter period, or a folder at a time.
 */
export const MAIL_MAX_BYTES = 50_000_000;
export const MAIL_MAX_MB = MAIL_MAX_BYTES / 1_000_000;
export const MAIL_FILES_MAX = 500;
/** Messages one `mail.take` call accepts (an import's own count is bounded by its size). */
export const MAIL_MESSAGES_MAX = 5_000;

/** The bytes a base64 text stands for (padding excluded). */
const bytesOf = (base64: string): number => Math.floor((base64.replace(/=+$/, '').length * 3) / 4);

export const MailFile = z.strictObject({
  name: z.string({ error: problem('mail.fileName') }).trim().min(1, { error: problem('mail.fileName') }).max(255),
  /** The file's bytes: the app reads their character sets itself, so a GBK mail reads as GBK. */
  base64: z
    .base64({ error: problem('field.base64') })
    .min(1, { error: problem('field.fileEmpty') })
    .max(Math.ceil(MAIL_MAX_BYTES / 3) * 4, { error: problem('mail.tooBig', { mb: MAIL_MAX_MB }) }),
});

export const MailImportInput = z
  .strictObject({
    files: z
      .array(MailFile, { error: problem('mail.noFiles') })
      .min(1, { error: problem('mail.noFiles') })
      .max(MAIL_FILES_MAX, { error: problem('mail.filesMax', { max: MAIL_FILES_MAX }) }),
    /** Dropped on a card: that creator's messages with no thread of their own go to this collaboration. */
    collaborationId: Id.optional(),
  })
  .refine((input) => input.files.reduce((sum, f) => sum + bytesOf(f.base64), 0) <= MAIL_MAX_BYTES, {
    path: ['files'],
    error: problem('mail.tooBig', { mb: MAIL_MAX_MB }),
  });
export type MailImportInput = z.input<typeof MailImportInput>;

/** A Message-ID as compared: in angle brackets, whether or not the header or a script wrote them. */
export function messageIdKey(raw: string): string {
  const inner = raw.trim().replace(/^<+/, '').replace(/>+$/, '').trim();
  return `<${inner}>`;
}

const MessageId = z
  .string({ error: problem('field.externalIdMissing') })
  .trim()
  .min(1, { error: problem('field.externalIdMissing') })
  .max(998, { error: problem('field.externalIdLong') })
  .transform(messageIdKey);
const Address = z.string().trim().max(320);

/**
 * One mail as read from a file or a mailbox, before it is matched: what the matching, the message
 * event and the unassigned tray need, nothing more. The text is the plain text (or the HTML as
 * text), of which only the start is kept.
 */
export const MailMessage = z.strictObject({
  messageId: MessageId,
  from: Address.nullable(),
  // Together at most 500, as the unassigned tray keeps them: a mail to more is no conversation with one creator.
  to: z.array(Address).max(250),
  cc: z.array(Address).max(250).default([]),
  subject: z.string().max(2_000).default(''),
  text: z.string().max(100_000).default(''),
  sentAt: IsoDateTime,
  inReplyTo: MessageId.nullable().default(null),
  references: z.array(MessageId).max(500).default([]),
});
export type MailMessage = z.output<typeof MailMessage>;

/** Mail read elsewhere (a mailbox sync, a script): matched, de-duplicated and logged like an import. */
export const MailTakeInput = z.strictObject({
  messages: z.array(MailMessage).max(MAIL_MESSAGES_MAX, { error: problem('mail.messagesMax', { max: MAIL_MESSAGES_MAX }) }),
  collaborationId: Id.optional(),
});

/**
 * Why a message was not taken: the file held something that is not a mail, it has no usable
 * Message-ID (nothing would keep it from being logged twice), no date (neither a Date header nor
 * the mailbox's own), a date still to come, or the parser gave up on it.
 */
export const MAIL_REFUSALS = ['not_mail', 'no_message_id', 'no_date', 'date_in_future', 'unreadable'] as const;
export const MailRefusal = z.enum(MAIL_REFUSALS);
export type MailRefusal = z.infer<typeof MailRefusal>;

const Count = z.number().int().min(0);

export const MailUnreadable = z.object({
  /** The file it was in (null for mail given as values), and its place there, from 1. */
  file: z.string().nullable(),
  index: z.number().int().min(1),
  messageId: z.string().nullable(),
  subject: z.string(),
  reason: MailRefusal,
});
export type MailUnreadable = z.infer<typeof MailUnreadable>;

/** What an import (or a sync) did, message by message, in codes and counts. */
export const MailSummary = z.object({
  /** Messages found in the files (or given). */
  read: Count,
  /** Logged as message events, per collaboration. */
  logged: z.array(z.object({ collaborationId: Id, creatorId: Id, creatorName: z.string(), count: Count })),
  /** Logged before (the same Message-ID): nothing new. */
  alreadyLogged: Count,
  /** Put in the unassigned tray now, waiting there already, or dismissed before (not taken again). */
  unassigned: Count,
  alreadyWaiting: Count,
  dismissed: Count,
  /** Neither from nor to a known creator, and mentioning none. */
  skipped: Count,
  unreadable: z.array(MailUnreadable),
});
export type MailSummary = z.infer<typeof MailSummary>;

const CreatorRef = z.object({ id: Id, name: z.string() });

/** A mail waiting for the brand to place it, with whose it is or whose it may be. */
export const UnassignedMail = z.object({
  id: Id,
  messageId: z.string(),
  direction: MessageDirection,
  /** The creator the address belongs to (no open collaboration took it). */
  creator: CreatorRef.nullable(),
  /** An unknown sender mentioned this creator's handle: "is this …?". */
  suggestedCreator: CreatorRef.nullable(),
  fromAddress: z.string(),
  toAddresses: z.array(z.string()),
  subject: z.string(),
  snippet: z.string(),
  sentAt: IsoDateTime,
  createdAt: IsoDateTime,
  settledAt: IsoDateTime.nullable(),
});
export type UnassignedMail = z.infer<typeof UnassignedMail>;

export const UnassignedListInput = z.strictObject({});

export const UnassignedAssignInput = z.strictObject({
  id: Id,
  collaborationId: Id,
  /**
   * When the sender was unknown and the collaboration is the suggested creator's: keep the address
   * as one of theirs, so their next mail from it is placed by itself (the default).
   */
  rememberAddress: z.boolean().default(true),
});

export const UnassignedAssigned = z.object({
  mail: UnassignedMail,
  eventId: Id,
  /** The sender's address now belongs to the creator. */
  addressAdded: z.boolean(),
});
export type UnassignedAssigned = z.infer<typeof UnassignedAssigned>;

export const UnassignedDismissInput = z.strictObject({ id: Id });
