import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime } from '../../format';
import { i18n } from '../../i18n';
import { folderWords, lastSyncWords, nextSyncWords, progressPercent, progressWords, syncProblemWords } from './syncWords';

const now = new Date('2026-06-15T10:00:00.000Z');
const account = { preset: 'custom' as const, imap: { host: 'mail.lumen.example', port: 993, security: 'tls' as const } };

afterEach(() => i18n.changeLanguage('en'));

describe('the mailbox sync, in words', () => {
  it('says when the last sync ran and when the next will, relative and as a date', async () => {
    await i18n.changeLanguage('en');
    expect(lastSyncWords('2026-06-15T09:55:00.000Z', now)).toBe(`Last sync: 5 minutes ago (${formatDateTime('2026-06-15T09:55:00.000Z')})`);
    expect(lastSyncWords(null, now)).toBe('Not synced yet.');
    expect(nextSyncWords('2026-06-15T10:05:00.000Z', now)).toBe(`Next sync: in 5 minutes (${formatDateTime('2026-06-15T10:05:00.000Z')})`);
    // The absolute time is the app's one format for a moment, in the interface's language.
    expect(formatDateTime('2026-06-15T09:55:00.000Z')).toMatch(/15 Jun 2026/);
  });

  it('names each folder by what it is, then by its name on the server', async () => {
    await i18n.changeLanguage('en');
    expect(folderWords({ role: 'inbox', path: 'INBOX' })).toBe('Inbox: INBOX');
    expect(folderWords({ role: 'sent', path: 'Verzonden' })).toBe('Sent folder: Verzonden');
  });

  it('counts a first sync’s progress with the language’s digit grouping', async () => {
    await i18n.changeLanguage('en');
    expect(progressWords({ role: 'inbox', done: 1200, total: 10_000 })).toBe('1,200 of 10,000 messages read in the inbox');
    expect(progressWords({ role: 'sent', done: 0, total: 1 })).toBe('0 of 1 message read in the Sent folder');
    await i18n.changeLanguage('nl');
    expect(progressWords({ role: 'inbox', done: 1200, total: 10_000 })).toBe('1.200 van 10.000 berichten gelezen in Postvak IN');
    await i18n.changeLanguage('zh');
    expect(progressWords({ role: 'sent', done: 500, total: 2000 })).toBe('已发送文件夹：已读取 500 / 2,000 封邮件');
  });

  it('fills the bar by what is read, and a folder with nothing in it at once', () => {
    expect(progressPercent({ role: 'inbox', done: 1200, total: 10_000 })).toBe(12);
    expect(progressPercent({ role: 'inbox', done: 10_000, total: 10_000 })).toBe(100);
    expect(progressPercent({ role: 'sent', done: 0, total: 0 })).toBe(100);
  });

  it('says why a sync failed in the connection test’s words, for the incoming server', async () => {
    await i18n.changeLanguage('en');
    expect(syncProblemWords({ code: 'unreachable', reason: 'refused', detail: 'ECONNREFUSED' }, account)).toEqual([
      'Nothing answers at mail.lumen.example on port 993. Check the server name and the port.',
    ]);
    await i18n.changeLanguage('nl');
    expect(syncProblemWords({ code: 'auth_failed', appPasswordNeeded: false, detail: '' }, account)).toEqual(['De server weigerde de gebruikersnaam of het wachtwoord.']);
  });
});
