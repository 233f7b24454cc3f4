import type { MailPreset, MailSecurity } from '../../../shared/mail/account';
import type { MailProblem } from '../../../shared/mail/mailboxSchemas';
import { needsAppPassword } from '../../../shared/mail/presets';
import { certificateOfError } from './certificates';

/*
 * What went wrong when connecting, as a code the page words: imapflow and nodemailer each report
 * the same failures their own way (nodemailer wraps the system's code as `originalCode`), and
 * Node's TLS and network codes underneath are the same for both.
 */

type Certificate = Extract<MailProblem, { code: 'certificate' }>;

const CERTIFICATE_REASONS: Record<string, Certificate['reason']> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self_signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'self_signed',
  CERT_HAS_EXPIRED: 'expired',
  CERT_NOT_YET_VALID: 'not_yet_valid',
  ERR_TLS_CERT_ALTNAME_INVALID: 'wrong_host',
  ERR_CERT_PIN_MISMATCH: 'changed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'untrusted',
  UNABLE_TO_GET_ISSUER_CERT: 'untrusted',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'untrusted',
  CERT_UNTRUSTED: 'untrusted',
  CERT_REJECTED: 'untrusted',
  INVALID_CA: 'untrusted',
  CERT_SIGNATURE_FAILURE: 'other',
  CERT_REVOKED: 'other',
  INVALID_PURPOSE: 'other',
  PATH_LENGTH_EXCEEDED: 'other',
};

const UNREACHABLE: Record<string, Extract<MailProblem, { code: 'unreachable' }>['reason']> = {
  ECONNREFUSED: 'refused',
  ENOTFOUND: 'not_found',
  EAI_NONAME: 'not_found',
  EAI_FAIL: 'not_found',
  EAI_AGAIN: 'network',
  EHOSTUNREACH: 'network',
  ENETUNREACH: 'network',
  ENETDOWN: 'network',
  EHOSTDOWN: 'network',
  ECONNRESET: 'network',
  EPIPE: 'network',
  EADDRNOTAVAIL: 'network',
  ETIMEDOUT: 'timeout',
  ESOCKETTIMEDOUT: 'timeout',
  CONNECT_TIMEOUT: 'timeout',
  GREETING_TIMEOUT: 'timeout',
  UPGRADE_TIMEOUT: 'timeout',
  SOCKET_TIMEOUT: 'timeout',
  ETIMEOUT: 'timeout',
};

/** OpenSSL's answer when the other side does not speak TLS: the port expects plain text first. */
const NOT_TLS = new Set(['ERR_SSL_WRONG_VERSION_NUMBER', 'ERR_SSL_PACKET_LENGTH_TOO_LONG', 'ERR_SSL_HTTP_REQUEST', 'ERR_SSL_UNKNOWN_PROTOCOL']);

const APP_PASSWORD_WORDS = /application-specific password|app[- ]specific password|app password|授权码|authorization code/i;

interface MailError {
  /** Set by Followthrough's own failures: what the server said, if anything (certificates.ts). */
  serverText?: unknown;
  code?: unknown;
  originalCode?: unknown;
  timeoutType?: unknown;
  command?: unknown;
  response?: unknown;
  responseText?: unknown;
  authenticationFailed?: unknown;
  tlsFailed?: unknown;
  message?: unknown;
}

export interface Attempt {
  preset: MailPreset;
  security: MailSecurity;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The server's (or the system's) own words, kept short: they are shown as they came, never the app's. */
export function detailOf(error: unknown): string {
  const e = (error ?? {}) as MailError;
  const words = typeof e.serverText === 'string' ? e.serverText : text(e.responseText) || text(e.response) || text(e.message) || String(error);
  return words.replace(/\s+/g, ' ').trim().slice(0, 500);
}

/** The most telling code of a failure: the system's, under the library's own. */
function codeOf(e: MailError): string {
  return text(e.originalCode) || (text(e.code) === 'ETIMEDOUT' && text(e.timeoutType)) || text(e.code);
}

/** Whether a failure is the wait for a greeting that never came: on a port meant for TLS from the first byte, the server waits for the client to start it. */
export function isGreetingTimeout(error: unknown): boolean {
  const e = (error ?? {}) as MailError;
  return codeOf(e) === 'GREETING_TIMEOUT';
}

export function problemOf(error: unknown, attempt: Attempt): MailProblem {
  const e = (error ?? {}) as MailError;
  const detail = detailOf(error);
  const code = codeOf(e);
  if (e.authenticationFailed === true || text(e.code) === 'EAUTH') {
    return { code: 'auth_failed', appPasswordNeeded: needsAppPassword(attempt.preset) || APP_PASSWORD_WORDS.test(detail), detail };
  }
  const certificate = CERTIFICATE_REASONS[code];
  if (certificate) {
    const presented = (error as { presented?: Certificate['certificate'] }).presented ?? certificateOfError(error)?.info ?? null;
    return { code: 'certificate', reason: certificate, certificate: presented, detail };
  }
  if (attempt.security === 'tls' && (NOT_TLS.has(code) || /wrong version number/i.test(detail))) {
    return { code: 'tls_mismatch', expected: 'starttls', detail };
  }
  // Asked for STARTTLS, the server said it has none: it would take the password unencrypted.
  const noStartTls = (text(e.code) === 'ETLS' && text(e.command) === 'STARTTLS' && text(e.response) !== '') || (e.tlsFailed === true && /STARTTLS/.test(detail));
  if (attempt.security === 'starttls' && (noStartTls || code === 'NO_STARTTLS')) return { code: 'tls_mismatch', expected: null, detail };
  const unreachable = UNREACHABLE[code];
  if (unreachable) return { code: 'unreachable', reason: unreachable, detail };
  return { code: 'other', detail };
}
