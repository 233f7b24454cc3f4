import { X509Certificate } from 'node:crypto';
import { connect as netConnect, isIP, type Socket } from 'node:net';
import { type ConnectionOptions, connect as tlsConnect, type PeerCertificate } from 'node:tls';
import type { MailServer } from '../../../shared/mail/account';
import type { MailCertificate } from '../../../shared/mail/mailboxSchemas';

export type MailProtocol = 'imap' | 'smtp';

/** The certificate a server presented, described for the brand, and as PEM for a connection that trusts exactly it. */
export interface PresentedCertificate {
  pem: string;
  info: MailCertificate;
}

/** A connection refused because the server presented another certificate than the one the brand trusts. */
export class CertificateChanged extends Error {
  readonly code = 'ERR_CERT_PIN_MISMATCH';
  /** Nothing the server said: the page's words say it all. */
  readonly serverText = '';
  constructor(readonly presented: MailCertificate) {
    super(`The server presented another certificate (SHA-256 ${presented.sha256}) than the one trusted`);
  }
}

/** Reading a certificate failed: `code` as the mail libraries would say it, `serverText` the line the server answered, if any. */
export class CertificateUnread extends Error {
  constructor(
    readonly code: string,
    readonly serverText: string,
  ) {
    super(serverText === '' ? code : `${code}: ${serverText}`);
  }
}

const sha256Of = (certificate: X509Certificate) => certificate.fingerprint256.replaceAll(':', '').toLowerCase();

const isoOr = (date: string) => {
  const parsed = new Date(date);
  return Number.isNaN(parsed.getTime()) ? date : parsed.toISOString();
};

export function describeCertificate(certificate: X509Certificate): MailCertificate {
  const lines = (text: string) => text.split('\n').filter(Boolean).join(', ');
  return {
    sha256: sha256Of(certificate),
    subject: lines(certificate.subject),
    issuer: lines(certificate.issuer),
    names: certificate.subjectAltName?.split(', ').filter(Boolean) ?? [],
    validFrom: isoOr(certificate.validFrom),
    validTo: isoOr(certificate.validTo),
    selfSigned: certificate.subject === certificate.issuer && certificate.verify(certificate.publicKey),
  };
}

/** The certificate a TLS error carries (Node attaches it to a name mismatch), if any. */
export function certificateOfError(error: unknown): PresentedCertificate | null {
  const cert = (error as { cert?: Partial<PeerCertificate> } | null)?.cert;
  if (!cert?.raw) return null;
  const x509 = new X509Certificate(cert.raw);
  return { pem: x509.toString(), info: describeCertificate(x509) };
}

/**
 * TLS options that accept exactly the certificate `pem`, whose SHA-256 is `sha256`, and no other:
 * it is the only certificate authority, and the name check is replaced by a comparison of the
 * certificate actually presented with the trusted one. A server the brand runs itself is often
 * known only by its address, or by another name than its certificate's.
 */
export function trustingExactly(pem: string, sha256: string): ConnectionOptions {
  return {
    ca: pem,
    checkServerIdentity: (_host, cert) => {
      const presented = new X509Certificate(cert.raw);
      return sha256Of(presented) === sha256 ? undefined : new CertificateChanged(describeCertificate(presented));
    },
  };
}

/**
 * The certificate `server` presents, read without trusting it and without logging in: over TLS
 * from the first byte, or after asking for STARTTLS the way the protocol does. Used to show the
 * brand a certificate the connection refused, and to trust exactly one the brand chose.
 */
export function presentedCertificate(server: MailServer, protocol: MailProtocol, timeoutMs: number): Promise<PresentedCertificate> {
  return new Promise((resolve, reject) => {
    let socket: Socket | null = null;
    // Said as the libraries say it: a server that never greets may be waiting for TLS from the first byte.
    let waitingFor: 'greeting' | 'handshake' = server.security === 'tls' ? 'handshake' : 'greeting';
    const timer = setTimeout(() => {
      const code = waitingFor === 'greeting' ? 'GREETING_TIMEOUT' : 'ETIMEDOUT';
      fail(new CertificateUnread(code, ''));
    }, timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      socket?.destroy();
      reject(error);
    };
    const handshake = (plain?: Socket) => {
      const secure = tlsConnect({ host: server.host, port: server.port, socket: plain, servername: isIP(server.host) ? undefined : server.host, rejectUnauthorized: false }, () => {
        clearTimeout(timer);
        const x509 = secure.getPeerX509Certificate();
        secure.destroy();
        if (!x509) return reject(new CertificateUnread('NO_CERTIFICATE', ''));
        resolve({ pem: x509.toString(), info: describeCertificate(x509) });
      });
      socket = secure;
      secure.on('error', fail);
    };
    if (server.security === 'tls') return handshake();
    const plain = netConnect({ host: server.host, port: server.port });
    socket = plain;
    // Listened to for as long as it lives: an error nobody hears would end the process.
    plain.on('error', fail);
    const greeted = () => void (waitingFor = 'handshake');
    askForStartTls(plain, protocol, greeted).then(() => handshake(plain), fail);
  });
}

/** Speaks plain IMAP or SMTP up to the server's yes to STARTTLS; the TLS handshake is next. */
async function askForStartTls(socket: Socket, protocol: MailProtocol, greeted: () => void): Promise<void> {
  const lines = lineReader(socket);
  const send = (command: string) => socket.write(`${command}\r\n`);
  if (protocol === 'imap') {
    const greeting = await lines.next();
    greeted();
    if (!/^\* (OK|PREAUTH)\b/i.test(greeting)) throw new CertificateUnread('UNEXPECTED_GREETING', greeting);
    send('A1 STARTTLS');
    let answer = await lines.next();
    while (answer.startsWith('* ')) answer = await lines.next();
    if (!/^A1 OK\b/i.test(answer)) throw new CertificateUnread('NO_STARTTLS', answer);
  } else {
    const reply = async () => {
      let line = await lines.next();
      while (/^\d{3}-/.test(line)) line = await lines.next();
      return line;
    };
    const greeting = await reply();
    greeted();
    if (!greeting.startsWith('220')) throw new CertificateUnread('UNEXPECTED_GREETING', greeting);
    send('EHLO [127.0.0.1]');
    const hello = await reply();
    if (!hello.startsWith('250')) throw new CertificateUnread('EHLO_REFUSED', hello);
    send('STARTTLS');
    const answer = await reply();
    if (!answer.startsWith('220')) throw new CertificateUnread('NO_STARTTLS', answer);
  }
  lines.stop();
}

/** Reads a socket line by line until stopped; what follows the last line read stays for the TLS handshake (nothing, as the protocols require). */
function lineReader(socket: Socket) {
  let buffered = '';
  let closed = false;
  const waiting: { resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  const ready: string[] = [];
  const onData = (chunk: Buffer) => {
    buffered += chunk.toString('latin1');
    let end: number;
    while ((end = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, end).replace(/\r$/, '');
      buffered = buffered.slice(end + 1);
      const reader = waiting.shift();
      if (reader) reader.resolve(line);
      else ready.push(line);
    }
    // A server that never ends its line is not one to wait for.
    if (buffered.length > 65_536) socket.destroy(new CertificateUnread('LINE_TOO_LONG', ''));
  };
  const onClose = () => {
    closed = true;
    for (const reader of waiting.splice(0)) reader.reject(new CertificateUnread('CLOSED', ''));
  };
  socket.on('data', onData);
  socket.once('close', onClose);
  return {
    next: () =>
      new Promise<string>((resolve, reject) => {
        const line = ready.shift();
        if (line !== undefined) return resolve(line);
        if (closed) return reject(new CertificateUnread('CLOSED', ''));
        waiting.push({ resolve, reject });
      }),
    stop: () => {
      socket.off('data', onData);
      socket.off('close', onClose);
    },
  };
}
