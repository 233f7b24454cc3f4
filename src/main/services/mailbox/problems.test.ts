import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CertificateChanged, CertificateUnread } from './certificates';
import { problemOf } from './problems';

/*
 * Failures as imapflow, nodemailer and Node report them (seen against real servers; the ones a
 * loopback server cannot produce are built here the way the libraries build them).
 */

const tls = { preset: 'custom', security: 'tls' } as const;
const starttls = { preset: 'custom', security: 'starttls' } as const;
const errorWith = (message: string, fields: Record<string, unknown>) => Object.assign(new Error(message), fields);

describe('what went wrong, as a code', () => {
  it('a refused login, from either library; an app password is called for by the provider or by the server’s words', () => {
    const imap = errorWith('Command failed', { authenticationFailed: true, responseText: 'Authentication failed.', serverResponseCode: 'AUTHENTICATIONFAILED' });
    const smtp = errorWith('Invalid login: 535 5.7.8 Error: authentication failed', { code: 'EAUTH', response: '535 5.7.8 Error: authentication failed', responseCode: 535 });
    expect(problemOf(imap, tls)).toEqual({ code: 'auth_failed', appPasswordNeeded: false, detail: 'Authentication failed.' });
    expect(problemOf(smtp, tls)).toEqual({ code: 'auth_failed', appPasswordNeeded: false, detail: '535 5.7.8 Error: authentication failed' });
    expect(problemOf(imap, { ...tls, preset: 'qq' })).toMatchObject({ code: 'auth_failed', appPasswordNeeded: true });
    expect(problemOf(imap, { ...tls, preset: 'outlook' })).toMatchObject({ code: 'auth_failed', appPasswordNeeded: false });
    const google = errorWith('Command failed', { authenticationFailed: true, responseText: '[ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure)' });
    expect(problemOf(google, tls)).toMatchObject({ code: 'auth_failed', appPasswordNeeded: true, detail: expect.stringContaining('Application-specific password required') });
  });

  it('a server out of reach: refused, unknown, timed out, or no network', () => {
    expect(problemOf(errorWith('connect ECONNREFUSED 127.0.0.1:1', { code: 'ECONNREFUSED' }), tls)).toMatchObject({ code: 'unreachable', reason: 'refused' });
    expect(problemOf(errorWith('connect ECONNREFUSED', { code: 'ESOCKET', originalCode: 'ECONNREFUSED' }), tls)).toMatchObject({ code: 'unreachable', reason: 'refused' });
    expect(problemOf(errorWith('getaddrinfo ENOTFOUND imap.example.invalid', { code: 'EDNS', originalCode: 'ENOTFOUND' }), tls)).toMatchObject({ code: 'unreachable', reason: 'not_found' });
    expect(problemOf(errorWith('getaddrinfo EAI_AGAIN imap.gmail.com', { code: 'EAI_AGAIN' }), tls)).toMatchObject({ code: 'unreachable', reason: 'network' });
    expect(problemOf(errorWith('Failed to establish connection in required time', { code: 'CONNECT_TIMEOUT' }), tls)).toMatchObject({ code: 'unreachable', reason: 'timeout' });
    expect(problemOf(errorWith('Connection timeout', { code: 'ETIMEDOUT', timeoutType: 'CONNECT_TIMEOUT' }), tls)).toMatchObject({ code: 'unreachable', reason: 'timeout' });
  });

  it('a certificate refused, by what is wrong with it', () => {
    expect(problemOf(errorWith('self-signed certificate', { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }), tls)).toMatchObject({ code: 'certificate', reason: 'self_signed', certificate: null });
    expect(problemOf(errorWith('certificate has expired', { code: 'ESOCKET', originalCode: 'CERT_HAS_EXPIRED' }), tls)).toMatchObject({ code: 'certificate', reason: 'expired' });
    expect(problemOf(errorWith('unable to verify the first certificate', { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }), tls)).toMatchObject({ code: 'certificate', reason: 'untrusted' });
  });

  it('a certificate for another name, described from the error that carries it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'followthrough-cert-'));
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '30', '-subj', '/CN=mail.hosting.example', '-addext', 'subjectAltName=DNS:mail.hosting.example'], { stdio: 'ignore' });
      const x509 = new X509Certificate(readFileSync(join(dir, 'cert.pem')));
      const mismatch = errorWith("Hostname/IP does not match certificate's altnames: Host: mail.lumen.example. is not in the cert's altnames: DNS:mail.hosting.example", {
        code: 'ERR_TLS_CERT_ALTNAME_INVALID',
        cert: { raw: x509.raw, subject: { CN: 'mail.hosting.example' } },
      });
      expect(problemOf(mismatch, tls)).toEqual({
        code: 'certificate',
        reason: 'wrong_host',
        certificate: {
          sha256: x509.fingerprint256.replaceAll(':', '').toLowerCase(),
          subject: 'CN=mail.hosting.example',
          issuer: 'CN=mail.hosting.example',
          names: ['DNS:mail.hosting.example'],
          validFrom: new Date(x509.validFrom).toISOString(),
          validTo: new Date(x509.validTo).toISOString(),
          selfSigned: true,
        },
        detail: expect.stringContaining('does not match'),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the other kind of encryption than the port speaks, or none', () => {
    const wrongVersion = errorWith('C0EC21F2CE7F0000:error:0A00010B:SSL routines:tls_validate_record_header:wrong version number', { code: 'ESOCKET', originalCode: 'ERR_SSL_WRONG_VERSION_NUMBER' });
    expect(problemOf(wrongVersion, tls)).toMatchObject({ code: 'tls_mismatch', expected: 'starttls' });
    const noStartTls = errorWith('Error upgrading connection with STARTTLS', { code: 'ETLS', command: 'STARTTLS', response: '502 5.5.1 Error: command not implemented' });
    expect(problemOf(noStartTls, starttls)).toMatchObject({ code: 'tls_mismatch', expected: null, detail: '502 5.5.1 Error: command not implemented' });
    expect(problemOf(errorWith('Server does not support STARTTLS', { tlsFailed: true }), starttls)).toMatchObject({ code: 'tls_mismatch', expected: null });
    // Refused while reading the certificate to trust: the server's own line is the detail.
    expect(problemOf(new CertificateUnread('NO_STARTTLS', 'A1 BAD Unknown command'), starttls)).toEqual({ code: 'tls_mismatch', expected: null, detail: 'A1 BAD Unknown command' });
  });

  it('Followthrough’s own refusals carry no English of the app’s as the server’s words', () => {
    const presented = { sha256: 'cd'.repeat(32), subject: 'CN=evil.example', issuer: 'CN=evil.example', names: [], validFrom: '', validTo: '', selfSigned: true };
    expect(problemOf(new CertificateChanged(presented), tls)).toEqual({ code: 'certificate', reason: 'changed', certificate: presented, detail: '' });
    // As nodemailer passes it on: its own code over ours.
    expect(problemOf(Object.assign(new CertificateChanged(presented), { code: 'ESOCKET', originalCode: 'ERR_CERT_PIN_MISMATCH' }), tls)).toMatchObject({ reason: 'changed', detail: '' });
    expect(problemOf(new CertificateUnread('GREETING_TIMEOUT', ''), starttls)).toEqual({ code: 'unreachable', reason: 'timeout', detail: '' });
  });

  it('anything else, in the server’s own words', () => {
    expect(problemOf(errorWith('Unexpected greeting   from   server', { code: 'InvalidResponse' }), tls)).toEqual({ code: 'other', detail: 'Unexpected greeting from server' });
    expect(problemOf('a string', tls)).toEqual({ code: 'other', detail: 'a string' });
  });
});
