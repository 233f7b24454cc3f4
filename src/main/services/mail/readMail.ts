import { type AddressObject, type EmailAddress, type ParsedMail, simpleParser, type SimpleParserOptions } from 'mailparser';
import { MailMessage, type MailRefusal, type MailUnreadable, messageIdKey } from '../../../shared/mail/schemas';
import { isMbox, splitMbox } from './mbox';

/*
 * The parse step: bytes in, mail values out, nothing stored. An import reads its files with it; a
 * mailbox sync would read what it fetched the same way and hand the values to takeMail.
 */

/** One mail as read, with where it was: its file and its place there (from 1). */
export interface ReadMail {
  message: MailMessage;
  file: string | null;
  index: number;
}

export interface ReadFile {
  name: string;
  mail: ReadMail[];
  unreadable: MailUnreadable[];
  /** Whether anything in it was a mail at all: a photo or a spreadsheet dropped by mistake is not. */
  heldMail: boolean;
}

/** Only the start of a long mail is read: the snippet needs its first lines, a mention its opening. */
const TEXT_KEPT = 20_000;

// Only the text is wanted: no HTML made from the text, no images inlined or links found.
const OPTIONS: SimpleParserOptions = { keepCidLinks: true, skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true, checksumAlgo: false };
/** Headers only mail has: a file with none of them is not a mail. */
const MAIL_HEADERS = ['from', 'to', 'cc', 'date', 'message-id', 'subject', 'received', 'in-reply-to'];

/** The mails of an .eml (one) or an .mbox export (many), each read or refused with a reason. */
export async function readMailFile(name: string, bytes: Buffer): Promise<ReadFile> {
  const parts = isMbox(bytes) ? splitMbox(bytes) : [{ index: 1, bytes, fromLineDate: null }];
  const file: ReadFile = { name, mail: [], unreadable: [], heldMail: false };
  // One at a time: a large export is never held parsed all at once.
  for (const part of parts) {
    const read = await readOne(part.bytes, part.fromLineDate);
    if (read.ok) file.mail.push({ message: read.message, file: name, index: part.index });
    else file.unreadable.push({ file: name, index: part.index, messageId: read.messageId, subject: read.subject, reason: read.reason });
    if (read.ok || read.reason !== 'not_mail') file.heldMail = true;
  }
  return file;
}

type Read = { ok: true; message: MailMessage } | { ok: false; reason: MailRefusal; messageId: string | null; subject: string };

async function readOne(bytes: Buffer, fromLineDate: string | null): Promise<Read> {
  let parsed: ParsedMail;
  try {
    parsed = await simpleParser(bytes, OPTIONS);
  } catch {
    return { ok: false, reason: 'unreadable', messageId: null, subject: '' };
  }
  const subject = parsed.subject ?? '';
  const refused = (reason: MailRefusal, messageId: string | null = null): Read => ({ ok: false, reason, messageId, subject });
  if (!MAIL_HEADERS.some((h) => parsed.headers.has(h))) return refused('not_mail');
  const messageId = firstId(parsed.messageId);
  if (messageId === null) return refused('no_message_id');
  const dated = parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date.toISOString() : fromLineDate;
  if (dated === null) return refused('no_date', messageId);
  const text = parsed.text ?? (typeof parsed.html === 'string' ? await htmlAsText(parsed.html) : '');
  const message = MailMessage.safeParse({
    messageId,
    from: addresses(parsed.from)[0] ?? null,
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    subject: subject.slice(0, 2_000),
    text: text.slice(0, TEXT_KEPT),
    sentAt: dated,
    inReplyTo: firstId(parsed.inReplyTo),
    references: idsIn(parsed.references).slice(-500),
  });
  // What the values cannot hold (hundreds of recipients, an id past the length headers allow) is no conversation with a creator.
  return message.success ? { ok: true, message: message.data } : refused('unreadable', messageId);
}

/** Every mailbox of an address header, groups opened, in the order written. */
function addresses(header: AddressObject | AddressObject[] | undefined): string[] {
  const flat = (list: EmailAddress[]): string[] => list.flatMap((a) => (a.group ? flat(a.group) : a.address ? [a.address] : []));
  return (Array.isArray(header) ? header : header ? [header] : []).flatMap((h) => flat(h.value));
}

/** The ids ("<…>") a header lists; References may come as one header or several. */
function idsIn(value: string | string[] | undefined): string[] {
  const text = Array.isArray(value) ? value.join(' ') : (value ?? '');
  return (text.match(/<[^<>\s]+>/g) ?? []).map(messageIdKey);
}

function firstId(value: string | undefined): string | null {
  const id = idsIn(value)[0] ?? (value?.trim() ? messageIdKey(value) : null);
  return id !== null && id.length > 2 && id.length <= 998 ? id : null;
}

/**
 * The text of an HTML part that came beside attachments rather than as the whole body: mailparser
 * writes text from HTML only for a body that is HTML itself, so the part is handed to it as one,
 * with the same converter and the same limits on size and nesting.
 */
async function htmlAsText(html: string): Promise<string> {
  const body = Buffer.concat([Buffer.from('Content-Type: text/html; charset=utf-8\r\n\r\n'), Buffer.from(html)]);
  try {
    return (await simpleParser(body, OPTIONS)).text ?? '';
  } catch {
    return '';
  }
}
