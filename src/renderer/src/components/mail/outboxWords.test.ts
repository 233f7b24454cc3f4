import { afterEach, describe, expect, it } from 'vitest';
import type { MailAccount } from '../../../../shared/mail/account';
import type { OutboxProblem } from '../../../../shared/mail/outbox';
import { i18n } from '../../i18n';
import { isWaiting } from '../../../../shared/mail/outbox';
import { canActOn } from './outboxStates';
import { outboxProblemWords, waitingWords } from './outboxWords';

const account: MailAccount = {
  preset: 'custom',
  address: 'ana@lumen.example',
  user: 'ana@lumen.example',
  displayName: 'Ana',
  imap: { host: 'imap.lumen.example', port: 993, security: 'tls' },
  smtp: { host: 'smtp.lumen.example', port: 465, security: 'tls' },
  trustedCertificateSha256: null,
};

afterEach(() => i18n.changeLanguage('en'));

describe('why a message waits in the outbox, in words', () => {
  it('says a connection problem as a connection test does, naming the outgoing server', () => {
    const refused: OutboxProblem = { code: 'unreachable', reason: 'refused', detail: 'connect ECONNREFUSED' };
    expect(outboxProblemWords(refused, account)).toEqual(['Nothing answers at smtp.lumen.example on port 465. Check the server name and the port.']);
    expect(outboxProblemWords({ code: 'auth_failed', appPasswordNeeded: false, detail: '535 5.7.8 Authentication failed' }, account)).toEqual([
      'The server refused the user name or password.',
      'The server said: 535 5.7.8 Authentication failed',
    ]);
    // With no mailbox connected now, that is what stands in the way, whatever failed before.
    expect(outboxProblemWords(refused, null)).toEqual([expect.stringMatching(/^No mailbox is connected, or its password is not kept/)]);
  });

  it('says the outbox’s own reasons: no mailbox, a refusal for good with the server’s words, a send cut off, a file gone', () => {
    expect(outboxProblemWords({ code: 'not_connected' }, account)[0]).toMatch(/connect it under Settings → Mailbox/);
    expect(outboxProblemWords({ code: 'rejected', detail: '550 5.1.1 <mia@brand.test>: Recipient address rejected' }, account)).toEqual([
      'The mail server refused this message for good; it is not tried again by itself.',
      'The server said: 550 5.1.1 <mia@brand.test>: Recipient address rejected',
    ]);
    expect(outboxProblemWords({ code: 'rejected', detail: '' }, account)).toHaveLength(1);
    expect(outboxProblemWords({ code: 'interrupted' }, account)[0]).toMatch(/it may or may not have gone\. Check with the creator, then send it again or cancel it\.$/);
    expect(outboxProblemWords({ code: 'attachment_unavailable', name: 'Manual.pdf' }, account)[0]).toMatch(/^“Manual\.pdf” was removed from the campaign’s kit/);
  });

  it('says when a waiting message is tried again, in the page’s time zone', () => {
    const entry = { problem: { code: 'unreachable', reason: 'timeout', detail: '' } as const, nextAttemptAt: '2026-06-15T10:05:00.000Z' };
    expect(waitingWords(entry, account)).toBe('smtp.lumen.example did not answer on port 465 in time. Check the port, or whether a firewall blocks it. It is tried again on 15 Jun 2026, 12:05.');
    expect(waitingWords({ problem: { code: 'interrupted' }, nextAttemptAt: null }, account)).not.toMatch(/tried again on/);
  });

  it('speaks the interface’s language', async () => {
    await i18n.changeLanguage('zh');
    expect(waitingWords({ problem: { code: 'not_connected' }, nextAttemptAt: '2026-06-15T10:05:00.000Z' }, account)).toMatch(/^没有连接邮箱.*将于 .*2026.* 重试。$/);
    await i18n.changeLanguage('nl');
    expect(outboxProblemWords({ code: 'attachment_unavailable', name: 'Manual.pdf' }, account)[0]).toMatch(/^‘Manual\.pdf’ is uit het pakket van de campagne gehaald/);
  });
});

describe('what can be done with a message in the outbox', () => {
  it('counts a message as waiting until it is sent or cancelled, and acts only on one not being handed over', () => {
    expect((['queued', 'sending', 'sent', 'failed', 'cancelled'] as const).filter(isWaiting)).toEqual(['queued', 'sending', 'failed']);
    expect((['queued', 'sending', 'sent', 'failed', 'cancelled'] as const).filter(canActOn)).toEqual(['queued', 'failed']);
  });
});
