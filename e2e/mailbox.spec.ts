import { createHash, X509Certificate } from 'node:crypto';
import { startMailServers, type MailServers } from '../src/main/testing/mailServers';
import { MAIL_TIMEOUT_MS } from '../src/shared/mail/timeouts';
import { expect, test } from './fixtures';

/* Settings → Mailbox: a provider's servers filled in, the password kept but never shown, a test that says what is wrong, and a certificate trusted on purpose. */

test.use({ locale: 'en-GB' });

const open = async (page: import('@playwright/test').Page, url: string) => {
  await page.goto(`${url}#/settings`);
  await page.getByRole('tab', { name: 'Mailbox' }).click();
  return page.getByRole('region', { name: 'Mailbox connection' });
};

test('a Gmail mailbox: its servers filled in, an app password asked for, kept but never shown, then disconnected', async ({ page, host, consoleGuard }) => {
  consoleGuard.allow(/400 \(Bad Request\) .*\/api\/mail\.settings\.save\b/);
  const section = await open(page, host.url);
  await section.getByRole('combobox', { name: 'Mail service' }).click();
  await page.getByRole('option', { name: 'Gmail' }).click();
  await section.getByLabel('Email address').fill('ana@gmail.com');
  await expect(section.getByLabel('User name')).toHaveValue('ana@gmail.com');
  const password = section.getByLabel('Password', { exact: true });
  await expect(password).toHaveAccessibleDescription(/Gmail only accepts an app password here, not your account password\./);

  // No password yet: refused at its field, and nothing is stored.
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(password).toHaveAccessibleDescription(/Type the password: none is kept for this user on these servers/);
  expect((await host.call('mail.settings.get')).data).toMatchObject({ account: null, passwordStored: false });

  await password.fill('abcd efgh ijkl mnop');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Mailbox settings saved.')).toBeVisible();
  const stored = await host.call('mail.settings.get');
  expect(stored.data).toMatchObject({
    account: { preset: 'gmail', address: 'ana@gmail.com', imap: { host: 'imap.gmail.com', port: 993, security: 'tls' }, smtp: { host: 'smtp.gmail.com', port: 465, security: 'tls' } },
    passwordStored: true,
    secretStore: 'memory',
  });
  expect(JSON.stringify(stored)).not.toContain('abcd efgh');
  await expect(password).toHaveValue('');
  await expect(password).toHaveAccessibleDescription(/A password is kept for this mailbox/);

  await section.getByRole('button', { name: 'Disconnect' }).click();
  await section.getByRole('alertdialog', { name: 'Disconnect' }).getByRole('button', { name: 'Disconnect' }).click();
  await expect(page.getByText('Mailbox disconnected.')).toBeVisible();
  expect((await host.call('mail.settings.get')).data).toMatchObject({ account: null, passwordStored: false });
});

test.describe('a mailbox on a server of the brand’s own', () => {
  const brand = { address: 'hello@brand.test', password: 'app-password-1' };
  let servers: MailServers;
  test.beforeAll(async () => {
    servers = await startMailServers({ users: [brand], sentFolder: 'Verzonden' });
  });
  test.afterAll(async () => servers?.stop());

  test('is tested before saving: its self-signed certificate is shown, trusted on purpose, and the Sent folder found by what it is', async ({ page, host }) => {
    const fingerprint = createHash('sha256').update(new X509Certificate(servers.certificatePem).raw).digest('hex');
    const section = await open(page, host.url);
    await section.getByLabel('Email address').fill(brand.address);
    await section.getByLabel('Password', { exact: true }).fill(brand.password);
    for (const [side, port] of [['Incoming mail (IMAP)', servers.imapsPort], ['Outgoing mail (SMTP)', servers.smtpsPort]] as const) {
      const group = section.getByRole('group', { name: side });
      await group.getByLabel('Server').fill(servers.host);
      await group.getByLabel('Port').fill(String(port));
    }
    await section.getByRole('button', { name: 'Test connection' }).click();
    const imap = section.getByTestId('mail-test-imap');
    await expect(imap).toContainText('The server’s certificate is self-signed');
    await expect(imap).toContainText(`Fingerprint (SHA-256): ${fingerprint}`);
    await expect(imap).toContainText('Issued to: CN=127.0.0.1');
    await imap.getByRole('button', { name: 'Trust this certificate' }).click();
    // A connection test may take up to the app's own limit per side, longer than an assertion's usual wait.
    await expect(imap).toContainText('Signed in. Inbox: INBOX. Sent folder: Verzonden.', { timeout: 2 * MAIL_TIMEOUT_MS });
    await expect(section.getByTestId('mail-test-smtp')).toContainText('Signed in; ready to send.');

    await section.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Mailbox settings saved.')).toBeVisible();
    expect((await host.call('mail.settings.get')).data).toMatchObject({ account: { address: brand.address, trustedCertificateSha256: fingerprint }, passwordStored: true });
    // The saved mailbox tests as it is, with the password kept for it.
    expect((await host.call('mail.test')).data).toMatchObject({ imap: { ok: true, sent: 'Verzonden' }, smtp: { ok: true } });
  });
});
