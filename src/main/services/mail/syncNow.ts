import { count, isNull, max } from 'drizzle-orm';
import { problem } from '../../../shared/i18n/problems';
import type { MailProblem } from '../../../shared/mail/mailboxSchemas';
import type { MailStatus, MailSyncOutcome, MailSyncProgress } from '../../../shared/mail/sync';
import { mailFolders, mailUnassigned } from '../../db/schema';
import { type Ctx, nowIso } from '../context';
import { AppError } from '../errors';
import { readMailAccount } from '../mailbox/accountRow';
import { openImap, storedLogin } from '../mailbox/connect';
import { problemOf } from '../mailbox/problems';
import { syncMailbox } from './sync';

/*
 * One sync at a time per workspace, whoever asks (the background worker, "Sync now", a script):
 * a second request while one runs waits for it and answers its outcome.
 */

interface SyncState {
  running: Promise<MailSyncOutcome> | null;
  progress: MailSyncProgress | null;
  lastProblem: { at: string; problem: MailProblem } | null;
  nextSyncAt: string | null;
}

// By database file: the workspace a sync writes to, whichever handle on it asks.
const states = new Map<string, SyncState>();

function stateOf(ctx: Ctx): SyncState {
  const key = ctx.db.$client.name;
  let state = states.get(key);
  if (!state) states.set(key, (state = { running: null, progress: null, lastProblem: null, nextSyncAt: null }));
  return state;
}

/** Reads what is new in the connected mailbox now; refused when none is connected. */
export function syncNow(ctx: Ctx): Promise<MailSyncOutcome> {
  const state = stateOf(ctx);
  if (state.running) return state.running;
  const login = storedLogin(ctx);
  if (!login) return Promise.reject(new AppError('CONFLICT', problem('service.mailNotConnected')));
  const attempt = { preset: login.account.preset, security: login.account.imap.security };
  state.running = (async (): Promise<MailSyncOutcome> => {
    try {
      const client = await openImap(login);
      try {
        const result = await syncMailbox(ctx, client, { onProgress: (p) => (state.progress = p) });
        state.lastProblem = null;
        return { ok: true, result };
      } finally {
        await client.logout().catch(() => client.close());
      }
    } catch (error) {
      // A write that failed is the app's problem, not the mailbox's: it is told as such.
      if (error instanceof AppError || (error as { code?: unknown }).code?.toString().startsWith('SQLITE')) throw error;
      const failed = problemOf(error, attempt);
      state.lastProblem = { at: nowIso(ctx), problem: failed };
      return { ok: false, problem: failed };
    } finally {
      state.progress = null;
      state.running = null;
    }
  })();
  return state.running;
}

/** When the background sync will look next; the worker says so as it schedules itself. */
export function setNextSync(ctx: Ctx, at: string | null): void {
  stateOf(ctx).nextSyncAt = at;
}

export function mailStatus(ctx: Ctx): MailStatus {
  const state = stateOf(ctx);
  const folders = ctx.db
    .select({ role: mailFolders.role, path: mailFolders.path, lastUid: mailFolders.lastUid, total: mailFolders.total, syncedAt: mailFolders.syncedAt })
    .from(mailFolders)
    .orderBy(mailFolders.role)
    .all();
  const last = ctx.db.select({ at: max(mailFolders.syncedAt) }).from(mailFolders).get();
  const waiting = ctx.db.select({ n: count() }).from(mailUnassigned).where(isNull(mailUnassigned.settledAt)).get();
  return {
    connected: readMailAccount(ctx) !== null,
    syncing: state.running !== null,
    progress: state.progress,
    lastSyncAt: last?.at ?? null,
    nextSyncAt: state.nextSyncAt,
    lastProblem: state.lastProblem,
    folders,
    unassigned: waiting?.n ?? 0,
  };
}
