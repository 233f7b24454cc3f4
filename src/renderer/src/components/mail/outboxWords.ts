import type { MailAccount } from '../../../../shared/mail/account';
import type { OutboxEntry, OutboxProblem } from '../../../../shared/mail/outbox';
import { formatDateTime } from '../../format';
import { i18n } from '../../i18n';
import { problemWords } from '../settings/mailbox/mailboxWords';

/*
 * Why a message waits in the outbox, in the interface's language. A connection problem reads as
 * a connection test says it, naming the outgoing server of the mailbox connected now.
 */

export function outboxProblemWords(problem: OutboxProblem, account: MailAccount | null): string[] {
  switch (problem.code) {
    case 'not_connected':
      return [i18n.t('mail:outbox.problem.not_connected')];
    case 'rejected':
      return [i18n.t('mail:outbox.problem.rejected'), ...(problem.detail ? [i18n.t('mailbox:result.serverSaid', { detail: problem.detail })] : [])];
    case 'interrupted':
      return [i18n.t('mail:outbox.problem.interrupted')];
    case 'attachment_unavailable':
      return [i18n.t('mail:outbox.problem.attachment_unavailable', { name: problem.name })];
    default:
      // Without a mailbox there is no server to name, and nothing goes until one is connected again.
      return account ? problemWords(problem, account.smtp, account.preset) : [i18n.t('mail:outbox.problem.not_connected')];
  }
}

/** What the composer says of a message it could not send at once: why, and when it is tried again by itself. */
export function waitingWords(entry: Pick<OutboxEntry, 'problem' | 'nextAttemptAt'>, account: MailAccount | null): string {
  const why = entry.problem ? outboxProblemWords(entry.problem, account) : [];
  const next = entry.nextAttemptAt ? [i18n.t('mail:outbox.triedAgainAt', { time: formatDateTime(entry.nextAttemptAt) })] : [];
  return [...why, ...next].join(' ');
}
