import { describe, expect, it } from 'vitest';
import { isServerName } from './account';
import { needsAppPassword, presetForAddress, presetInfo, securityOfPort } from './presets';

describe('the mail services Followthrough knows', () => {
  it('have their published servers', () => {
    expect(presetInfo('gmail')).toMatchObject({ imap: { host: 'imap.gmail.com', port: 993, security: 'tls' }, smtp: { host: 'smtp.gmail.com', port: 465, security: 'tls' } });
    expect(presetInfo('icloud').smtp).toEqual({ host: 'smtp.mail.me.com', port: 587, security: 'starttls' });
    expect(presetInfo('mail126')).toMatchObject({ imap: { host: 'imap.126.com' }, smtp: { host: 'smtp.126.com', port: 465 } });
    expect(presetInfo('custom')).toMatchObject({ imap: null, smtp: null, secret: 'password' });
  });

  it('know who takes only an app password or an authorization code', () => {
    expect(['gmail', 'icloud', 'yahoo', 'qq', 'mail163', 'mail126', 'fastmail'].every((p) => needsAppPassword(p as never))).toBe(true);
    expect(needsAppPassword('outlook')).toBe(false);
    expect(needsAppPassword('custom')).toBe(false);
  });

  it('are found from an address', () => {
    expect(presetForAddress('Ana@GMAIL.com')).toBe('gmail');
    expect(presetForAddress('lin@foxmail.com')).toBe('qq');
    expect(presetForAddress('wang@163.com')).toBe('mail163');
    expect(presetForAddress('ana@lumen.example')).toBeNull();
    expect(presetForAddress('not an address')).toBeNull();
  });

  it('say which security a well-known port goes with', () => {
    expect([993, 465, 143, 587, 25, 2525].map(securityOfPort)).toEqual(['tls', 'tls', 'starttls', 'starttls', 'starttls', null]);
  });
});

describe('a server name', () => {
  it('is a name or an address, in any script', () => {
    for (const host of ['imap.gmail.com', 'mail', '127.0.0.1', '::1', '2001:db8::25', '邮件.中国', 'smtp.example.com.', 'xn--fiq228c.xn--fiqs8s']) expect(isServerName(host), host).toBe(true);
    for (const host of ['imap gmail com', 'imap..gmail.com', '-imap.gmail.com', 'imap.gmail.com/inbox', 'https://imap.gmail.com', 'user@imap.gmail.com', `${'a'.repeat(64)}.com`]) expect(isServerName(host), host).toBe(false);
  });
});
