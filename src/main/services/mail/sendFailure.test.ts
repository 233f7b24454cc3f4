import { describe, expect, it } from 'vitest';
import type { MailLogin } from '../mailbox/connect';
import { sendFailure } from './deliver';

const login = {
  account: {
    preset: 'custom',
    address: 'ana@lumen.test',
    user: 'ana@lumen.test',
    displayName: '',
    imap: { host: 'mail.lumen.test', port: 993, security: 'tls' },
    smtp: { host: 'mail.lumen.test', port: 465, security: 'tls' },
    trustedCertificateSha256: null,
  },
  password: 'pw',
} as MailLogin;

const error = (fields: Record<string, unknown>) => Object.assign(new Error(String(fields.response ?? 'failed')), fields);

describe('what became of a mail the server did not confirm', () => {
  it('a 5xx answer to the recipient or the mail: refused for good', () => {
    expect(sendFailure(error({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550, response: '550 5.1.1 No such user' }), login, true)).toEqual({
      outcome: 'rejected',
      problem: { code: 'rejected', detail: '550 5.1.1 No such user' },
    });
    expect(sendFailure(error({ code: 'EMESSAGE', command: 'DATA', responseCode: 552, response: '552 Message too big' }), login, true).outcome).toBe('rejected');
  });

  it('a 4xx answer, or a failure before the mail was handed over: not sent, tried again', () => {
    expect(sendFailure(error({ code: 'EMESSAGE', command: 'DATA', responseCode: 451, response: '451 Try later' }), login, true).outcome).toBe('not_sent');
    expect(sendFailure(error({ code: 'EAUTH', command: 'AUTH PLAIN', responseCode: undefined }), login, true)).toMatchObject({ outcome: 'not_sent', problem: { code: 'auth_failed' } });
    expect(sendFailure(error({ code: 'ESOCKET', command: 'CONN', originalCode: 'ECONNREFUSED' }), login, true)).toMatchObject({ outcome: 'not_sent', problem: { code: 'unreachable' } });
    // Thrown before the transport was even made (a certificate check): the server never saw the mail.
    expect(sendFailure(error({ code: 'ECONNRESET' }), login, false).outcome).toBe('not_sent');
  });

  it('the connection broke or went silent while the mail was on its way: unknown, never sent again by itself', () => {
    expect(sendFailure(error({ code: 'ETIMEDOUT', command: 'DATA' }), login, true).outcome).toBe('unknown');
    expect(sendFailure(error({ code: 'ESOCKET', originalCode: 'ECONNRESET' }), login, true).outcome).toBe('unknown');
  });
});
