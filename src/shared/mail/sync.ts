import { z } from 'zod';
import { IsoDateTime } from '../fields';
import { MailProblem } from './mailboxSchemas';
import { MailSummary } from './schemas';

const Count = z.number().int().min(0);

/** The two folders a sync reads: what came in, and what the brand sent from any mail program. */
export const MAIL_FOLDER_ROLES = ['inbox', 'sent'] as const;
export const MailFolderRole = z.enum(MAIL_FOLDER_ROLES);
export type MailFolderRole = z.infer<typeof MailFolderRole>;

export const MailFolderSync = z.object({
  role: MailFolderRole,
  /** The folder's name on the server ("INBOX", "Sent Items", "已发送", "Verzonden"). */
  path: z.string(),
  /** Messages fetched this time (those with a creator in them, or naming one). */
  fetched: Count,
  /** Messages looked at this time. */
  seen: Count,
  /** The server renumbered the folder: it was read again from the start (nothing is logged twice). */
  renumbered: z.boolean(),
});
export type MailFolderSync = z.infer<typeof MailFolderSync>;

export const MailSyncResult = z.object({
  folders: z.array(MailFolderSync),
  /** What was taken, as an import says it. */
  summary: MailSummary,
  syncedAt: IsoDateTime,
});
export type MailSyncResult = z.infer<typeof MailSyncResult>;

/** Where a first sync is, for its progress bar. */
export const MailSyncProgress = z.object({ role: MailFolderRole, done: Count, total: Count });
export type MailSyncProgress = z.infer<typeof MailSyncProgress>;

/** Two summaries as one, batch after batch. */
export function addSummaries(a: MailSummary, b: MailSummary): MailSummary {
  const logged = new Map(a.logged.map((l) => [l.collaborationId, { ...l }]));
  for (const l of b.logged) {
    const seen = logged.get(l.collaborationId);
    logged.set(l.collaborationId, seen ? { ...seen, count: seen.count + l.count } : { ...l });
  }
  return {
    read: a.read + b.read,
    logged: [...logged.values()],
    alreadyLogged: a.alreadyLogged + b.alreadyLogged,
    unassigned: a.unassigned + b.unassigned,
    alreadyWaiting: a.alreadyWaiting + b.alreadyWaiting,
    dismissed: a.dismissed + b.dismissed,
    skipped: a.skipped + b.skipped,
    unreadable: [...a.unreadable, ...b.unreadable],
  };
}

export const EMPTY_SUMMARY: MailSummary = { read: 0, logged: [], alreadyLogged: 0, unassigned: 0, alreadyWaiting: 0, dismissed: 0, skipped: 0, unreadable: [] };

/** How the mailbox link is doing, for Settings → Mailbox and the Mailbox page. */
export const MailStatus = z.object({
  connected: z.boolean(),
  syncing: z.boolean(),
  /** While a first sync runs: how far it is. */
  progress: MailSyncProgress.nullable(),
  lastSyncAt: IsoDateTime.nullable(),
  /** When the background sync looks again (null: not running, e.g. in a script's runtime). */
  nextSyncAt: IsoDateTime.nullable(),
  /** The last sync that failed, and why; cleared by the next that succeeds. */
  lastProblem: z.object({ at: IsoDateTime, problem: MailProblem }).nullable(),
  folders: z.array(z.object({ role: MailFolderRole, path: z.string(), lastUid: Count, total: Count, syncedAt: IsoDateTime.nullable() })),
  /** Mail waiting to be placed. */
  unassigned: Count,
});
export type MailStatus = z.infer<typeof MailStatus>;

/** A sync run now: what it took, or why it could not. */
export const MailSyncOutcome = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), result: MailSyncResult }), z.object({ ok: z.literal(false), problem: MailProblem })]);
export type MailSyncOutcome = z.infer<typeof MailSyncOutcome>;
