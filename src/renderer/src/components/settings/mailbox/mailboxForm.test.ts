import { describe, expect, it } from 'vitest';
import { inputOf, valuesOf, withAddress, withPreset } from './mailboxForm';

describe('the mailbox form', () => {
  it('fills in a provider’s servers when it is chosen, and keeps what was typed for a server of one’s own', () => {
    const gmail = withPreset(valuesOf(null), 'gmail');
    expect(gmail.account).toMatchObject({ preset: 'gmail', imap: { host: 'imap.gmail.com', port: 993, security: 'tls' }, smtp: { host: 'smtp.gmail.com', port: 465, security: 'tls' } });
    const own = withPreset({ ...gmail, account: { ...gmail.account, imap: { host: 'mail.lumen.example', port: 143, security: 'starttls' } } }, 'custom');
    expect(own.account).toMatchObject({ preset: 'custom', imap: { host: 'mail.lumen.example', port: 143 } });
  });

  it('takes the address as the user name and its provider from it, until they were chosen otherwise', () => {
    const typed = withAddress(valuesOf(null), 'lin@qq.com');
    expect(typed.account).toMatchObject({ address: 'lin@qq.com', user: 'lin@qq.com', preset: 'qq', imap: { host: 'imap.qq.com' } });
    const ownUser = withAddress({ ...typed, account: { ...typed.account, user: 'lin' } }, 'lin@163.com');
    expect(ownUser.account).toMatchObject({ user: 'lin', preset: 'mail163', smtp: { host: 'smtp.163.com' } });
    // A company address on a provider's servers (Google Workspace) keeps the provider chosen.
    const workspace = withAddress(withPreset(valuesOf(null), 'gmail'), 'ana@lumen.example');
    expect(workspace.account).toMatchObject({ preset: 'gmail', user: 'ana@lumen.example' });
  });

  it('sends the password only when one was typed, and an empty port as not a number for the API to refuse', () => {
    const values = withAddress(withPreset(valuesOf(null), 'fastmail'), 'ana@fastmail.com');
    expect(inputOf(values)).toEqual({ account: values.account });
    expect(inputOf({ ...values, password: 'abcd' }).password).toBe('abcd');
    const emptyPort = { ...values, account: { ...values.account, imap: { ...values.account.imap, port: '' } } };
    expect(inputOf(emptyPort).account.imap.port).toBeNaN();
  });
});
