import type { MailPreset, MailServer } from '../../../../../shared/mail/account';
import type { ImapCheck, MailProblem, MailTestResult, SmtpCheck } from '../../../../../shared/mail/mailboxSchemas';
import { presetInfo } from '../../../../../shared/mail/presets';
import { formatDateTime } from '../../../format';
import { i18n } from '../../../i18n';

/*
 * What a connection test found, in the interface's language: the app answers codes and the
 * server's own words, the sentences are made here.
 */

/** The service's name as the interface writes it ("Gmail", "QQ 邮箱"). */
export const presetName = (preset: MailPreset): string => i18n.t(`mailbox:preset.${preset}`);

/** What the provider takes as the password, and where to get it; null for a server of the brand's own. */
export function secretWords(preset: MailPreset): string[] {
  const secret = presetInfo(preset).secret;
  const service = presetName(preset);
  return [i18n.t(`mailbox:secret.${secret}`, { service }), i18n.t(`mailbox:howTo.${preset}`)];
}

function mainSentence(problem: MailProblem, server: MailServer): string {
  const at = { host: server.host, port: server.port };
  switch (problem.code) {
    case 'auth_failed':
      return i18n.t('mailbox:result.auth_failed');
    case 'unreachable':
      return i18n.t(`mailbox:result.unreachable.${problem.reason}`, at);
    case 'certificate': {
      const certificate = problem.certificate;
      const date = (iso: string | undefined) => (iso && !Number.isNaN(Date.parse(iso)) ? formatDateTime(iso) : (iso ?? ''));
      return i18n.t(`mailbox:result.certificate.${problem.reason}`, {
        host: server.host,
        names: certificate?.names.join(', ') ?? '',
        date: date(problem.reason === 'not_yet_valid' ? certificate?.validFrom : certificate?.validTo),
      });
    }
    case 'tls_mismatch':
      return i18n.t(`mailbox:result.tls_mismatch.${problem.expected ?? 'none'}`, at);
    case 'other':
      return i18n.t('mailbox:result.other');
  }
}

/**
 * A failed side in sentences: what is wrong and what to do about it. The server's own words follow
 * where they tell more than the sentence: why it refused a login, or a failure with no name of ours.
 */
export function problemWords(problem: MailProblem, server: MailServer, preset: MailPreset): string[] {
  const lines = [mainSentence(problem, server)];
  if (problem.code === 'auth_failed' && (problem.appPasswordNeeded || presetInfo(preset).secret === 'microsoft')) lines.push(...secretWords(preset));
  if (problem.detail && problem.code === 'auth_failed') lines.push(i18n.t('mailbox:result.serverSaid', { detail: problem.detail }));
  if (problem.detail && problem.code === 'other') lines.push(i18n.t('mailbox:result.reported', { detail: problem.detail }));
  return lines;
}

export function imapWords(check: ImapCheck, result: Pick<MailTestResult, 'imapServer' | 'preset'>): string[] {
  if (!check.ok) return problemWords(check.problem, result.imapServer, result.preset);
  return [check.sent === null ? i18n.t('mailbox:result.imapNoSent', { inbox: check.inbox }) : i18n.t('mailbox:result.imapOk', { inbox: check.inbox, sent: check.sent })];
}

export function smtpWords(check: SmtpCheck, result: Pick<MailTestResult, 'smtpServer' | 'preset'>): string[] {
  return check.ok ? [i18n.t('mailbox:result.smtpOk')] : problemWords(check.problem, result.smtpServer, result.preset);
}
