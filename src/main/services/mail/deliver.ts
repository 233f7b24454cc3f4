import { eq } from 'drizzle-orm';
import { presetInfo } from '../../../shared/mail/presets';
import { type OutboxProblem, retryDelayMinutes, type SentCopy } from '../../../shared/mail/outbox';
import { MAIL_SOURCE } from '../../../shared/mail/schemas';
import { collaborations, mailOutbox } from '../../db/schema';
import { writeTransaction } from '../../db/writeTransaction';
import { type Ctx, nowIso } from '../context';
import { AppError } from '../errors';
import { appendEvent } from '../events';
import { readMaterial } from '../materials';
import { eventWithExternalId } from '../eventRecord';
import { problem } from '../../../shared/i18n/problems';
import { type MailLogin, openImap, openSmtp, storedLogin } from '../mailbox/connect';
import { sentFolderOf } from '../mailbox/folders';
import { problemOf } from '../mailbox/problems';
import { restartReplyClock } from '../replyClock';
import { composeMail } from './outgoing';
import { outboxRow, type OutboxRow } from './outboxRows';

/*
 * Handing one outbox mail to the SMTP server. The row says 'sending' (committed) before the server
 * is reached and 'sent' (with its message event, one transaction) after it took the mail, so a
 * mail is handed over at most once by this process; one left 'sending' by a process that stopped
 * mid-way is looked for in the Sent folder instead of being sent again (settleInterrupted).
 */

interface Delivery {
  /** Mail being handed over by this process now. */
  inFlight: Set<number>;
  /** One mail at a time per workspace, whoever asks (the composer, the worker, "Try again"). */
  queue: Promise<unknown>;
}

const deliveries = new Map<string, Delivery>();

function deliveryOf(ctx: Ctx): Delivery {
  const key = ctx.db.$client.name;
  let delivery = deliveries.get(key);
  if (!delivery) deliveries.set(key, (delivery = { inFlight: new Set(), queue: Promise.resolve() }));
  return delivery;
}

/** Runs after every delivery asked for before it, whatever became of them. */
function inTurn<T>(ctx: Ctx, work: () => Promise<T>): Promise<T> {
  const delivery = deliveryOf(ctx);
  const turn = delivery.queue.then(work, work);
  delivery.queue = turn.catch(() => undefined);
  return turn;
}

export const isInFlight = (ctx: Ctx, id: number): boolean => deliveryOf(ctx).inFlight.has(id);

function update(ctx: Ctx, id: number, values: Partial<OutboxRow>): OutboxRow {
  return writeTransaction(ctx.db.$client, () => {
    ctx.db.update(mailOutbox).set(values).where(eq(mailOutbox.id, id)).run();
    return outboxRow(ctx.db, id);
  });
}

/** Not sent this time: tried again after a pause that grows with the tries, or, refused for good, left for the brand. */
function notSent(ctx: Ctx, row: OutboxRow, problem: OutboxProblem): OutboxRow {
  if (problem.code === 'rejected' || problem.code === 'attachment_unavailable') return update(ctx, row.id, { status: 'failed', problem, nextAttemptAt: null });
  return update(ctx, row.id, { status: 'queued', problem, nextAttemptAt: later(ctx, row.attempts) });
}

const later = (ctx: Ctx, failedAttempts: number): string => new Date(ctx.clock.now().getTime() + retryDelayMinutes(failedAttempts) * 60_000).toISOString();

interface SmtpError {
  code?: unknown;
  command?: unknown;
  responseCode?: unknown;
  response?: unknown;
}

/** SMTP steps before the mail itself is handed over: a failure there means the server never had it. */
const BEFORE_THE_MAIL = new Set(['CONN', 'EHLO', 'HELO', 'LHLO', 'STARTTLS', 'AUTH PLAIN', 'AUTH LOGIN', 'AUTH CRAM-MD5', 'AUTH XOAUTH2', 'MAIL FROM', 'RCPT TO']);
const BEFORE_THE_MAIL_CODES = new Set(['ECONNECTION', 'EAUTH', 'ETLS', 'EDNS', 'EENVELOPE', 'ENOAUTH', 'EPROTOCOL']);

/**
 * What became of a mail the server did not confirm: refused for good (a 5xx answer to it or its
 * recipient), not sent (the server answered no, or the failure came before the mail was handed
 * over), or unknown (the connection broke or went silent while the mail was on its way: the server
 * may have taken it). An unknown one is never sent again by itself.
 */
export type SendFailure = { outcome: 'rejected' | 'not_sent'; problem: OutboxProblem } | { outcome: 'unknown'; problem: OutboxProblem };

export function sendFailure(error: unknown, login: MailLogin, reachedTheMail: boolean): SendFailure {
  const e = (error ?? {}) as SmtpError;
  const problem = problemOf(error, { preset: login.account.preset, security: login.account.smtp.security });
  if (typeof e.responseCode === 'number' && e.responseCode >= 500 && (e.code === 'EENVELOPE' || e.code === 'EMESSAGE')) {
    return { outcome: 'rejected', problem: { code: 'rejected', detail: typeof e.response === 'string' ? e.response.slice(0, 500) : String(e.responseCode) } };
  }
  // The server answered: a 4xx says "not now", whatever the step.
  if (typeof e.responseCode === 'number' && e.responseCode >= 400) return { outcome: 'not_sent', problem };
  const before = !reachedTheMail || (typeof e.command === 'string' && BEFORE_THE_MAIL.has(e.command)) || (typeof e.code === 'string' && BEFORE_THE_MAIL_CODES.has(e.code) && e.command !== 'DATA');
  return { outcome: before ? 'not_sent' : 'unknown', problem };
}

/** A stalled server gives up after this, not after the library's ten minutes: every other mail waits behind it. */
const SILENCE_MS = 60_000;

/**
 * Tries one queued (or failed) mail now and answers its row as it stands after. A mailbox problem
 * is recorded on the row, never thrown: the mail waits for the next try. A failed write is thrown.
 */
export function deliver(ctx: Ctx, id: number): Promise<OutboxRow> {
  return inTurn(ctx, async () => {
    const row = outboxRow(ctx.db, id);
    if (row.status !== 'queued' && row.status !== 'failed') return row;
    const login = storedLogin(ctx);
    if (!login) return notSent(ctx, row, { code: 'not_connected' });
    const attachments = [];
    for (const materialId of row.materialIds) {
      try {
        const file = readMaterial(ctx, { id: materialId });
        attachments.push({ name: file.name, mediaType: file.mediaType, content: Buffer.from(file.base64, 'base64') });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return notSent(ctx, row, { code: 'attachment_unavailable', name: typeof error.params?.name === 'string' ? error.params.name : `#${materialId}` });
      }
    }
    const delivery = deliveryOf(ctx);
    const sending = update(ctx, id, { status: 'sending', attempts: row.attempts + 1, lastAttemptAt: nowIso(ctx), problem: null, nextAttemptAt: null });
    delivery.inFlight.add(id);
    try {
      const date = ctx.clock.now();
      const raw = await composeMail({ account: login.account, messageId: row.messageId, to: row.toAddress, subject: row.subject, body: row.body, inReplyTo: row.inReplyTo, references: row.references, attachments, date });
      let reachedTheMail = false;
      try {
        const transport = await openSmtp(login, { silenceMs: SILENCE_MS });
        try {
          reachedTheMail = true;
          await transport.sendMail({ envelope: { from: login.account.address, to: [row.toAddress] }, raw });
        } finally {
          transport.close();
        }
      } catch (error) {
        const failure = sendFailure(error, login, reachedTheMail);
        // It may have gone: left 'sending' with the reason, to be looked for in the Sent folder, never resent on a guess.
        if (failure.outcome === 'unknown') return update(ctx, id, { problem: failure.problem });
        return notSent(ctx, sending, failure.problem);
      }
      let sent: OutboxRow;
      try {
        sent = markSent(ctx, sending, date.toISOString());
      } catch (error) {
        // The server has the mail: it goes in the Sent folder all the same, where the outbox finds it once it can write again.
        await fileSentCopy(login, row.messageId, raw, date);
        throw new AppError('CONFLICT', problem('mail.sentNotRecorded', { to: row.toAddress, reason: error instanceof Error ? error.message : String(error) }));
      }
      const copy = await fileSentCopy(login, row.messageId, raw, date);
      try {
        return update(ctx, sent.id, { sentCopy: copy });
      } catch {
        // Where its copy is filed is a detail: the mail is sent and recorded as such.
        return sent;
      }
    } finally {
      delivery.inFlight.delete(id);
    }
  });
}

/** The server took it: the row says so and the conversation has it, in one write; the reply clock starts. */
function markSent(ctx: Ctx, row: OutboxRow, sentAt: string): OutboxRow {
  return writeTransaction(ctx.db.$client, () => {
    // A sync met the mail in the Sent folder first (perhaps placing it on another card): that record is the mail's.
    const logged = eventWithExternalId(ctx.db, { source: MAIL_SOURCE, id: row.messageId });
    if (logged) {
      ctx.db.update(mailOutbox).set({ status: 'sent', sentAt, eventId: logged.id, problem: null, nextAttemptAt: null }).where(eq(mailOutbox.id, row.id)).run();
      return outboxRow(ctx.db, row.id);
    }
    const collaboration = ctx.db.select({ creatorId: collaborations.creatorId }).from(collaborations).where(eq(collaborations.id, row.collaborationId)).get();
    const { event, created } = appendEvent(ctx, ctx.db, {
      type: 'message',
      collaborationId: row.collaborationId,
      creatorId: collaboration?.creatorId ?? null,
      at: sentAt,
      data: {
        direction: 'brand_to_creator',
        channel: 'email',
        text: row.body,
        ...(row.subject ? { subject: row.subject } : {}),
        ...(row.kind ? { kind: row.kind } : {}),
        ...(row.templateId ? { templateId: row.templateId } : {}),
      },
      external: { source: MAIL_SOURCE, id: row.messageId },
    });
    if (created) restartReplyClock(ctx, ctx.db, row.collaborationId);
    ctx.db.update(mailOutbox).set({ status: 'sent', sentAt, eventId: event.id, problem: null, nextAttemptAt: null }).where(eq(mailOutbox.id, row.id)).run();
    return outboxRow(ctx.db, row.id);
  });
}

/**
 * Puts the sent mail in the Sent folder, as a mail program does, unless the provider files it there
 * itself or it is there already. Sent is sent: a copy that cannot be filed is said, not retried.
 */
async function fileSentCopy(login: MailLogin, messageId: string, raw: Buffer, date: Date): Promise<SentCopy> {
  if (presetInfo(login.account.preset).savesSentCopy) return 'by_provider';
  try {
    const client = await openImap(login, { silenceMs: SILENCE_MS });
    try {
      const folder = sentFolderOf(await client.list());
      if (!folder) return 'not_saved';
      if (await inFolder(client, folder, messageId)) return 'saved';
      const appended = await client.append(folder, raw, ['\\Seen'], date);
      return appended ? 'saved' : 'not_saved';
    } finally {
      await client.logout().catch(() => client.close());
    }
  } catch {
    return 'not_saved';
  }
}

type Imap = Awaited<ReturnType<typeof openImap>>;

async function inFolder(client: Imap, folder: string, messageId: string): Promise<boolean> {
  const lock = await client.getMailboxLock(folder, { readOnly: true });
  try {
    const found = await client.search({ header: { 'message-id': messageId } }, { uid: true });
    return Array.isArray(found) && found.length > 0;
  } finally {
    lock.release();
  }
}

/**
 * Mail left 'sending' by a process that stopped while handing it over: it may or may not have gone.
 * Found in the Sent folder, it went (logged now, at the time it was tried); not found, it waits for
 * the brand to send it again or cancel it ('interrupted'). Without a connection it stays as it is
 * until one is there: it is never sent again on a guess.
 */
export function settleInterrupted(ctx: Ctx, rows: readonly OutboxRow[]): Promise<OutboxRow[]> {
  return inTurn(ctx, async () => {
    // Read again in turn: a cancel or another round may have settled them meanwhile.
    const stale = rows.map((r) => outboxRow(ctx.db, r.id)).filter((r) => r.status === 'sending' && !isInFlight(ctx, r.id));
    const login = storedLogin(ctx);
    if (stale.length === 0 || !login) return [];
    const delivery = deliveryOf(ctx);
    // Being looked for, they cannot be cancelled under the look's feet.
    for (const row of stale) delivery.inFlight.add(row.id);
    try {
      return await settle(ctx, login, stale);
    } finally {
      for (const row of stale) delivery.inFlight.delete(row.id);
    }
  });
}

async function settle(ctx: Ctx, login: MailLogin, stale: readonly OutboxRow[]): Promise<OutboxRow[]> {
    const settled: OutboxRow[] = [];
    let client: Imap;
    try {
      client = await openImap(login, { silenceMs: SILENCE_MS });
    } catch (error) {
      const failed = problemOf(error, { preset: login.account.preset, security: login.account.imap.security });
      return stale.map((row) => update(ctx, row.id, { problem: failed, nextAttemptAt: later(ctx, row.attempts) }));
    }
    try {
      const folder = sentFolderOf(await client.list());
      for (const row of stale) {
        const found = folder !== null && (await inFolder(client, folder, row.messageId));
        if (!found) settled.push(update(ctx, row.id, { status: 'failed', problem: { code: 'interrupted' }, nextAttemptAt: null }));
        else {
          const sent = markSent(ctx, row, row.lastAttemptAt ?? nowIso(ctx));
          settled.push(update(ctx, sent.id, { sentCopy: presetInfo(login.account.preset).savesSentCopy ? 'by_provider' : 'saved' }));
        }
      }
    } finally {
      await client.logout().catch(() => client.close());
    }
    return settled;
}
