import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MailAccount } from '../../../shared/mail/account';
import { createDispatcher } from '../../api/dispatcher';
import { mailAccount } from '../../db/schema';
import { openRuntime } from '../../runtime';
import { secretsFromEnvironment } from '../../secrets/environment';
import { SecretsRefused, type Secrets } from '../../secrets/secrets';
import { MIGRATIONS, snapshot, testClock, testContext } from '../../testing/context';
import { exportJson } from '../backupJson';
import { secretsOf } from '../context';
import { getMailSettings } from './settings';

const PASSWORD = 'qwer-tyui-opas-dfgh';

const account = (change: Partial<MailAccount> = {}): MailAccount => ({
  preset: 'fastmail',
  address: 'ana@lumen.example',
  user: 'ana@lumen.example',
  displayName: 'Ana at Lumen',
  imap: { host: 'imap.fastmail.com', port: 993, security: 'tls' },
  smtp: { host: 'smtp.fastmail.com', port: 465, security: 'tls' },
  trustedCertificateSha256: null,
  ...change,
});

let ctx: ReturnType<typeof testContext>;
let dispatch: ReturnType<typeof createDispatcher>;
beforeEach(() => {
  ctx = testContext('2026-03-02T09:00:00.000Z');
  dispatch = createDispatcher(ctx);
});
afterEach(() => ctx.cleanup());

function ok<T = Record<string, unknown>>(result: ReturnType<typeof dispatch>): T {
  if (result instanceof Promise) throw new Error('expected an answer at once');
  if (!result.ok) throw new Error(result.error.message);
  return result.data as T;
}

/** A refusal at `path`, with its sentence, and nothing stored or kept. */
function refused(input: unknown, path: string, sentence: RegExp) {
  const before = snapshot(ctx);
  const kept = secretsOf(ctx).get('mail.password');
  const result = dispatch('mail.settings.save', input);
  if (result instanceof Promise || result.ok) throw new Error(`accepted ${JSON.stringify(input)}`);
  expect(result.error.code).toBe('BAD_INPUT');
  const issue = result.error.issues?.find((i) => i.path.join('.') === path);
  expect(issue?.message, JSON.stringify(result.error.issues)).toMatch(sentence);
  expect(snapshot(ctx)).toEqual(before);
  expect(secretsOf(ctx).get('mail.password')).toBe(kept);
}

/** Every byte of the data folder: the database, its log, its backups. */
function folderBytes(dir: string): Buffer {
  return Buffer.concat(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(join(entry.parentPath, entry.name))),
  );
}

describe('the mailbox settings', () => {
  it('answer no mailbox at first, where passwords are kept, and the providers with their servers', () => {
    const settings = ok(dispatch('mail.settings.get', {}));
    expect(settings).toMatchObject({ account: null, passwordStored: false, secretStore: 'memory', updatedAt: null });
    const presets = (settings as { presets: { preset: string; imap: unknown; smtp: unknown; secret: string }[] }).presets;
    expect(presets.map((p) => p.preset)).toEqual(['gmail', 'outlook', 'icloud', 'yahoo', 'qq', 'mail163', 'mail126', 'fastmail', 'custom']);
    expect(presets.find((p) => p.preset === 'outlook')).toMatchObject({
      imap: { host: 'outlook.office365.com', port: 993, security: 'tls' },
      smtp: { host: 'smtp.office365.com', port: 587, security: 'starttls' },
      secret: 'microsoft',
    });
    expect(presets.find((p) => p.preset === 'qq')).toMatchObject({ imap: { host: 'imap.qq.com', port: 993 }, smtp: { host: 'smtp.qq.com', port: 465 }, secret: 'authorization_code' });
  });

  it('are saved and answered without the password, which is never in the database, its files or the JSON export', () => {
    const saved = ok(dispatch('mail.settings.save', { account: account(), password: PASSWORD }));
    expect(saved).toMatchObject({ account: account(), passwordStored: true, updatedAt: '2026-03-02T09:00:00.000Z' });
    const got = ok(dispatch('mail.settings.get', {}));
    expect(got).toEqual(saved);
    expect(JSON.stringify([saved, got])).not.toContain(PASSWORD);
    // Every byte of the data folder, the write-ahead log included, and a backup of it.
    expect(ok(dispatch('backup.create', {}))).toBeTruthy();
    ctx.db.$client.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = folderBytes(ctx.dir);
    expect(bytes.includes(Buffer.from('imap.fastmail.com'))).toBe(true);
    expect(bytes.includes(Buffer.from(PASSWORD))).toBe(false);
    expect(bytes.includes(Buffer.from(PASSWORD, 'utf16le'))).toBe(false);
    const { json } = exportJson(ctx);
    expect(JSON.parse(json).tables.mail_account).toHaveLength(1);
    expect(json).toContain('smtp.fastmail.com');
    expect(json).not.toContain(PASSWORD);
  });

  it('keep the password for the same user on the same servers when none is typed, and ask for it again for other ones', () => {
    ok(dispatch('mail.settings.save', { account: account(), password: PASSWORD }));
    const portChanged = account({ smtp: { host: 'smtp.fastmail.com', port: 587, security: 'starttls' } });
    expect(ok(dispatch('mail.settings.save', { account: portChanged }))).toMatchObject({ account: portChanged, passwordStored: true });
    refused({ account: account({ imap: { host: 'mail.lumen.example', port: 993, security: 'tls' } }) }, 'password', /^Type the password: none is kept for this user on these servers$/);
    refused({ account: account({ user: 'someone.else@lumen.example' }) }, 'password', /Type the password/);
    const moved = account({ imap: { host: 'mail.lumen.example', port: 993, security: 'tls' }, smtp: { host: 'mail.lumen.example', port: 465, security: 'tls' } });
    expect(ok(dispatch('mail.settings.save', { account: moved, password: 'a new one' }))).toMatchObject({ account: moved, passwordStored: true });
  });

  it('never hand a kept password to servers it was not typed for, whatever a restored or imported backup says', async () => {
    ok(dispatch('mail.settings.save', { account: account(), password: PASSWORD }));
    const elsewhere = account({ imap: { host: 'imap.attacker.example', port: 993, security: 'tls' } });
    ctx.db.update(mailAccount).set({ account: elsewhere }).run();
    expect(ok(dispatch('mail.settings.get', {}))).toMatchObject({ account: elsewhere, passwordStored: false });
    // Testing the connection asks for the password rather than sending the kept one there.
    expect(await dispatch('mail.test', {})).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', issues: [{ path: ['password'], key: 'mailbox.passwordNeeded' }] } });
  });

  it('refuse, at the field and with a sentence, what would not connect, and change nothing', () => {
    ok(dispatch('mail.settings.save', { account: account(), password: PASSWORD }));
    const imap = (server: object) => ({ account: { ...account(), imap: { ...account().imap, ...server } }, password: PASSWORD });
    refused(imap({ host: 'imap fastmail com' }), 'account.imap.host', /^Enter the server’s name, like imap\.example\.com$/);
    refused(imap({ host: '' }), 'account.imap.host', /server’s name/);
    refused(imap({ port: 0 }), 'account.imap.port', /^Enter a port number from 1 to 65535$/);
    refused(imap({ port: 99_999 }), 'account.imap.port', /from 1 to 65535/);
    refused(imap({ security: 'ssl' }), 'account.imap.security', /^Choose SSL\/TLS or STARTTLS$/);
    refused({ account: { ...account(), preset: 'hotmail' }, password: PASSWORD }, 'account.preset', /Choose a mail service from the list/);
    refused({ account: { ...account(), address: 'ana at lumen' }, password: PASSWORD }, 'account.address', /valid email address/);
    refused({ account: { ...account(), user: '  ' }, password: PASSWORD }, 'account.user', /Enter the user name you sign in with/);
    refused({ account: { ...account(), trustedCertificateSha256: 'AB:CD' }, password: PASSWORD }, 'account.trustedCertificateSha256', /SHA-256 fingerprint/);
    refused({ account: account(), password: '' }, 'password', /^Type the password/);
    refused({ account: account(), password: 'line\r\nA1 LOGOUT' }, 'password', /cannot contain line breaks/);
    // The refusals come coded too, for the page to say them in its own language.
    expect(dispatch('mail.settings.save', imap({ port: 0 }))).toMatchObject({ ok: false, error: { issues: [{ path: ['account', 'imap', 'port'], key: 'mailbox.port' }] } });
  });

  it('save nothing when the secrets store refuses the password, and say why', () => {
    ok(dispatch('mail.settings.save', { account: account(), password: PASSWORD }));
    const kept = secretsOf(ctx);
    const refusing: Secrets = {
      kind: 'keychain',
      get: (key) => kept.get(key),
      set: () => {
        throw new SecretsRefused('no_keyring');
      },
      delete: (key) => kept.delete(key),
    };
    ctx.secrets = refusing;
    const before = snapshot(ctx);
    const result = dispatch('mail.settings.save', { account: account({ displayName: 'Changed' }), password: 'another' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'mailbox.notKept', params: { reason: 'no_keyring' }, message: expect.stringMatching(/^The password was not kept, so nothing was saved: no keyring/) },
    });
    expect(snapshot(ctx)).toEqual(before);
    expect(getMailSettings(ctx)).toMatchObject({ account: { displayName: 'Ana at Lumen' }, passwordStored: true });
  });

  it('put the password kept before back when the settings cannot be written', () => {
    ok(dispatch('mail.settings.save', { account: account(), password: PASSWORD }));
    const keptBefore = secretsOf(ctx).get('mail.password');
    const before = snapshot(ctx);
    ctx.db.$client.pragma('query_only = ON');
    const result = createDispatcher(ctx, { logError: () => {} })('mail.settings.save', { account: account(), password: 'typed by mistake' });
    ctx.db.$client.pragma('query_only = OFF');
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(snapshot(ctx)).toEqual(before);
    expect(secretsOf(ctx).get('mail.password')).toBe(keptBefore);
  });

  it('are disconnected with the password', () => {
    ok(dispatch('mail.settings.save', { account: account(), password: PASSWORD }));
    expect(ok(dispatch('mail.settings.remove', {}))).toMatchObject({ account: null, passwordStored: false });
    expect(secretsOf(ctx).get('mail.password')).toBeNull();
    expect(ctx.db.$client.prepare('SELECT COUNT(*) AS n FROM mail_account').get()).toEqual({ n: 0 });
    // Connecting again asks for the password.
    refused({ account: account() }, 'password', /Type the password/);
  });
});

describe('where the browser host keeps the password', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'followthrough-mailbox-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('in memory: after a restart the settings are there and the password is asked for again', async () => {
    const first = openRuntime({ dataDir, migrationsFolder: MIGRATIONS, clock: testClock(), secrets: secretsFromEnvironment({}) });
    expect(first.dispatch('mail.settings.save', { account: account(), password: PASSWORD })).toMatchObject({ ok: true, data: { passwordStored: true, secretStore: 'memory' } });
    first.close();
    expect(folderBytes(dataDir).includes(Buffer.from(PASSWORD))).toBe(false);
    const again = openRuntime({ dataDir, migrationsFolder: MIGRATIONS, clock: testClock(), secrets: secretsFromEnvironment({}) });
    try {
      expect(again.dispatch('mail.settings.get', {})).toMatchObject({ ok: true, data: { account: account(), passwordStored: false } });
      expect(await again.dispatch('mail.test', {})).toMatchObject({ ok: false, error: { issues: [{ path: ['password'] }] } });
    } finally {
      again.close();
    }
  });

  it('from the environment: read once, taken out of it, and given for the mailbox connected', () => {
    const env: NodeJS.ProcessEnv = { FOLLOWTHROUGH_MAIL_PASSWORD: PASSWORD, HOME: '/home/ana' };
    const secrets = secretsFromEnvironment(env);
    expect(env).toEqual({ HOME: '/home/ana' });
    const runtime = openRuntime({ dataDir, migrationsFolder: MIGRATIONS, clock: testClock(), secrets });
    try {
      expect(runtime.dispatch('mail.settings.save', { account: account() })).toMatchObject({ ok: true, data: { passwordStored: true, secretStore: 'environment' } });
      expect(runtime.dispatch('mail.settings.remove', {})).toMatchObject({ ok: true, data: { account: null } });
      // Disconnected, the environment's password is forgotten too, for as long as this run lasts.
      expect(runtime.dispatch('mail.settings.save', { account: account() })).toMatchObject({ ok: false, error: { issues: [{ path: ['password'] }] } });
    } finally {
      runtime.close();
    }
  });
});
