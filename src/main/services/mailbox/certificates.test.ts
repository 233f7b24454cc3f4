import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CertificateChanged, presentedCertificate, trustingExactly } from './certificates';

/*
 * Reading a certificate without trusting it, also after STARTTLS, and trusting exactly one. The
 * test mail servers have no plain IMAP port, so a small IMAP server here answers STARTTLS the way
 * the protocol says, and a second one never greets (as a port that wants TLS from the first byte).
 */

let dir: string;
const certificates: Record<'ours' | 'other', { pem: string; key: string; sha256: string }> = {} as never;
const servers: Server[] = [];

function makeCertificate(name: string) {
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, `${name}.key`), '-out', join(dir, `${name}.pem`), '-days', '30', '-subj', `/CN=${name}.test`], { stdio: 'ignore' });
  const pem = readFileSync(join(dir, `${name}.pem`), 'utf8');
  return { pem, key: readFileSync(join(dir, `${name}.key`), 'utf8'), sha256: new X509Certificate(pem).fingerprint256.replaceAll(':', '').toLowerCase() };
}

async function listen(onConnection: (socket: Socket) => void): Promise<number> {
  const server = createServer(onConnection);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

/** IMAP up to STARTTLS, then TLS with our certificate. */
function imapWithStartTls(socket: Socket) {
  socket.write('* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n');
  socket.once('data', (line) => {
    expect(line.toString()).toBe('A1 STARTTLS\r\n');
    socket.write('* NOTE untagged lines may come first\r\nA1 OK Begin TLS negotiation now\r\n');
    const secure = new TLSSocket(socket, { isServer: true, key: certificates.ours.key, cert: certificates.ours.pem });
    secure.on('error', () => socket.destroy());
  });
}

let startTlsPort: number;
let silentPort: number;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'followthrough-certs-'));
  certificates.ours = makeCertificate('ours');
  certificates.other = makeCertificate('other');
  startTlsPort = await listen(imapWithStartTls);
  silentPort = await listen(() => {});
}, 30_000);
afterAll(() => {
  for (const server of servers) server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a server’s certificate', () => {
  it('is read after STARTTLS without being trusted, with its fingerprint and subject', async () => {
    const presented = await presentedCertificate({ host: '127.0.0.1', port: startTlsPort, security: 'starttls' }, 'imap', 5_000);
    expect(presented.info).toMatchObject({ sha256: certificates.ours.sha256, subject: 'CN=ours.test', selfSigned: true });
    expect(new X509Certificate(presented.pem).fingerprint256.replaceAll(':', '').toLowerCase()).toBe(certificates.ours.sha256);
  });

  it('is waited for as a greeting first: a server that never greets is said to be silent, as the mail libraries say it', async () => {
    await expect(presentedCertificate({ host: '127.0.0.1', port: silentPort, security: 'starttls' }, 'smtp', 300)).rejects.toMatchObject({ code: 'GREETING_TIMEOUT' });
    await expect(presentedCertificate({ host: '127.0.0.1', port: silentPort, security: 'tls' }, 'imap', 300)).rejects.toMatchObject({ code: 'ETIMEDOUT' });
  });

  it('is trusted exactly: the same certificate whatever name the server was reached by, and no other', () => {
    const options = trustingExactly(certificates.ours.pem, certificates.ours.sha256);
    expect(options.ca).toBe(certificates.ours.pem);
    const check = options.checkServerIdentity!;
    const raw = (pem: string) => new X509Certificate(pem).raw;
    expect(check('mail.lumen.example', { raw: raw(certificates.ours.pem) } as never)).toBeUndefined();
    const refused = check('ours.test', { raw: raw(certificates.other.pem) } as never);
    expect(refused).toBeInstanceOf(CertificateChanged);
    expect(refused).toMatchObject({ code: 'ERR_CERT_PIN_MISMATCH', presented: { sha256: certificates.other.sha256, subject: 'CN=other.test' } });
  });
});
