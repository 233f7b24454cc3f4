import type { MailAccount } from '../../../../shared/mail/account';
import type { MailProblem } from '../../../../shared/mail/mailboxSchemas';
import type { MailFolderRole, MailSyncProgress } from '../../../../shared/mail/sync';
import { formatDateTime, timeAgo, timeUntil } from '../../format';
import { i18n } from '../../i18n';
import { problemWords } from '../settings/mailbox/mailboxWords';

/*
 * The mailbox sync's state in the interface's language: the app answers times, folders and
 * counts, the sentences are made here.
 */

/** "Last sync: 5 minutes ago (15 Jun 2026, 11:55)", or that none has run yet. */
export function lastSyncWords(lastSyncAt: string | null, now: Date): string {
  if (lastSyncAt === null) return i18n.t('mailbox:sync.neverSynced');
  return i18n.t('mailbox:sync.lastSync', { ago: timeAgo(lastSyncAt, now), at: formatDateTime(lastSyncAt) });
}

/** "Next sync: in 5 minutes (15 Jun 2026, 12:05)". */
export function nextSyncWords(nextSyncAt: string, now: Date): string {
  return i18n.t('mailbox:sync.nextSync', { in: timeUntil(nextSyncAt, now), at: formatDateTime(nextSyncAt) });
}

/** "Sent folder: Verzonden": a folder by what it is, then by its name on the server. */
export function folderWords(folder: { role: MailFolderRole; path: string }): string {
  return i18n.t(`mailbox:sync.folder.${folder.role}`, { path: folder.path });
}

/** "1,200 of 10,000 messages read in the inbox". */
export function progressWords(progress: MailSyncProgress): string {
  return i18n.t(`mailbox:sync.progress.${progress.role}`, { done: progress.done, total: progress.total });
}

/** How full the bar is, 0–100; an empty folder is read as soon as it is opened. */
export function progressPercent(progress: MailSyncProgress): number {
  if (progress.total === 0) return 100;
  return Math.min(100, Math.round((progress.done / progress.total) * 100));
}

/** Why a sync failed, as the connection test says it: a sync only ever signs in to the incoming (IMAP) server. */
export function syncProblemWords(problem: MailProblem, account: Pick<MailAccount, 'imap' | 'preset'>): string[] {
  return problemWords(problem, account.imap, account.preset);
}
