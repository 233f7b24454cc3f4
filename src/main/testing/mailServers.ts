import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createHash, X509Certificate } from 'node:crypto';
import type { MailAccount } from '../../shared/mail/account';

/*
 * A real mailbox on loopback for the tests, as a user has one: Dovecot serves IMAP over TLS (a
 * self-signed certificate) and takes mail in over LMTP; Postfix takes mail to send over SMTP with
 * TLS and a password (checked by Dovecot) and hands it to Dovecot. Everything lives in one temp
 * folder and listens on free ports of 127.0.0.1. Needs root and Debian's dovecot-imapd,
 * dovecot-lmtpd and postfix (.ci/run installs them).
 */

const run = promisify(execFile);

/**
 * The servers stand for other machines, with clocks of their own: a date moved for the app under
 * test (faketime's LD_PRELOAD) must not reach them. Dovecot's children start without it, and its
 * master, seeing time jump back, then stops starting them for minutes.
 */
const serverEnv = (): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'LD_PRELOAD' && !name.startsWith('FAKETIME')));

export interface MailUser {
  address: string;
  password: string;
}

export interface MailServers {
  host: '127.0.0.1';
  /** IMAP over TLS from the first byte. */
  imapsPort: number;
  /** SMTP over TLS from the first byte (submissions). */
  smtpsPort: number;
  /** SMTP that must STARTTLS before anything else. */
  submissionPort: number;
  /** The certificate the servers present, for a client that pins it. */
  certificatePem: string;
  /** The servers as a brand connects them (IMAPS and SMTPS), trusting exactly their certificate. */
  accountOf(address: string, displayName?: string): MailAccount;
  users: MailUser[];
  /**
   * Puts mail straight into a user's folder on disk, as a delivery would (for a mailbox of
   * thousands, faster than IMAP APPEND); the server finds it at its next look.
   */
  deliverFiles(address: string, folder: string, messages: readonly (string | Buffer)[]): void;
  /** Stops the SMTP side only: mail to send must wait until `startSmtp`. */
  stopSmtp(): Promise<void>;
  startSmtp(): Promise<void>;
  stop(): Promise<void>;
}

export interface MailServerOptions {
  users: MailUser[];
  /** The Sent folder's name on this server (special-use \Sent), e.g. "Verzonden" or "已发送". */
  sentFolder?: string;
  /** Domains whose mail Postfix delivers into these mailboxes; other mail is refused. */
  domains?: string[];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Waits until 127.0.0.1:`port` accepts connections (`open`) or refuses them. */
async function waitFor(port: number, open: boolean, tries = 100): Promise<void> {
  for (let i = 0; i < tries; i += 1) {
    const accepts = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (accepts === open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`127.0.0.1:${port} is still ${open ? 'closed' : 'open'}`);
}

/** Runs a server's start command, which leaves a daemon behind holding any pipe it was given. */
async function daemonize(command: string, args: string[]): Promise<void> {
  const child = spawn(command, args, { stdio: 'ignore', env: serverEnv() });
  const code = await new Promise<number | null>((resolve, reject) => child.once('error', reject).once('exit', resolve));
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}`);
}

const idOf = async (user: string) => Number((await run('id', ['-u', user])).stdout.trim());
const gidOf = async (user: string) => Number((await run('id', ['-g', user])).stdout.trim());

function dovecotConf(dir: string, ports: { imaps: number; lmtp: number; auth: number }, sentFolder: string): string {
  return `base_dir = ${dir}/dovecot-run
state_dir = ${dir}/dovecot-state
instance_name = followthrough-test-${ports.imaps}
listen = 127.0.0.1
protocols = imap lmtp
ssl = required
ssl_cert = <${dir}/cert.pem
ssl_key = <${dir}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
# A wrong password is answered at once: the tests try one on purpose.
auth_failure_delay = 0
log_path = ${dir}/dovecot.log
default_internal_user = dovecot
default_login_user = dovenull
mail_location = maildir:${dir}/mail/%u
mail_uid = dovecot
mail_gid = dovecot
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${dir}/users
}
userdb {
  driver = static
  args = uid=dovecot gid=dovecot home=${dir}/mail/%u allow_all_users=yes
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox "${sentFolder}" {
    special_use = \\Sent
    auto = subscribe
  }
}
service imap-login {
  inet_listener imap {
    port = 0
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${ports.imaps}
    ssl = yes
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = ${ports.lmtp}
  }
}
service auth {
  inet_listener auth {
    address = 127.0.0.1
    port = ${ports.auth}
  }
}
`;
}

function postfixMain(dir: string, ports: { lmtp: number; auth: number }, domains: string[]): string {
  return `compatibility_level = 3.6
queue_directory = ${dir}/postfix-queue
data_directory = ${dir}/postfix-data
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
mail_owner = postfix
setgid_group = postdrop
myhostname = mail.${domains[0]}
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
virtual_mailbox_domains = ${domains.join(', ')}
virtual_transport = lmtp:inet:127.0.0.1:${ports.lmtp}
smtpd_tls_cert_file = ${dir}/cert.pem
smtpd_tls_key_file = ${dir}/key.pem
smtpd_tls_security_level = may
smtpd_sasl_auth_enable = yes
smtpd_error_sleep_time = 0
# No name lookups of the loopback client: a machine without DNS would hold each greeting for the resolver's timeout.
smtpd_peername_lookup = no
smtp_dns_support_level = disabled
smtpd_sasl_type = dovecot
smtpd_sasl_path = inet:127.0.0.1:${ports.auth}
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtpd_recipient_restrictions = permit_sasl_authenticated, reject_unauth_destination
maillog_file_prefixes = ${dir}
maillog_file = ${dir}/postfix.log
relayhost =
default_transport = error:mail outside the test domains is not delivered
`;
}

function postfixMaster(ports: { smtps: number; submission: number }): string {
  const services = [
    ['pickup', 'unix', 'n', '-', 'n', '60', '1', 'pickup'],
    ['cleanup', 'unix', 'n', '-', 'n', '-', '0', 'cleanup'],
    ['qmgr', 'unix', 'n', '-', 'n', '300', '1', 'qmgr'],
    ['tlsmgr', 'unix', '-', '-', 'n', '1000?', '1', 'tlsmgr'],
    ['rewrite', 'unix', '-', '-', 'n', '-', '-', 'trivial-rewrite'],
    ['bounce', 'unix', '-', '-', 'n', '-', '0', 'bounce'],
    ['defer', 'unix', '-', '-', 'n', '-', '0', 'bounce'],
    ['trace', 'unix', '-', '-', 'n', '-', '0', 'bounce'],
    ['verify', 'unix', '-', '-', 'n', '-', '1', 'verify'],
    ['flush', 'unix', 'n', '-', 'n', '1000?', '0', 'flush'],
    ['proxymap', 'unix', '-', '-', 'n', '-', '-', 'proxymap'],
    ['smtp', 'unix', '-', '-', 'n', '-', '-', 'smtp'],
    ['relay', 'unix', '-', '-', 'n', '-', '-', 'smtp'],
    ['showq', 'unix', 'n', '-', 'n', '-', '-', 'showq'],
    ['error', 'unix', '-', '-', 'n', '-', '-', 'error'],
    ['retry', 'unix', '-', '-', 'n', '-', '-', 'error'],
    ['discard', 'unix', '-', '-', 'n', '-', '-', 'discard'],
    ['lmtp', 'unix', '-', '-', 'n', '-', '-', 'lmtp'],
    ['anvil', 'unix', '-', '-', 'n', '-', '1', 'anvil'],
    ['scache', 'unix', '-', '-', 'n', '-', '1', 'scache'],
    ['postlog', 'unix-dgram', 'n', '-', 'n', '-', '1', 'postlogd'],
  ];
  return [
    `127.0.0.1:${ports.smtps} inet n - n - - smtpd\n  -o smtpd_tls_wrappermode=yes`,
    `127.0.0.1:${ports.submission} inet n - n - - smtpd\n  -o smtpd_tls_security_level=encrypt`,
    ...services.map((s) => s.join(' ')),
  ].join('\n') + '\n';
}

/** Starts Dovecot and Postfix for `users`; `stop()` ends both and removes every file. */
export async function startMailServers({ users, sentFolder = 'Sent', domains }: MailServerOptions): Promise<MailServers> {
  const dir = mkdtempSync(join(tmpdir(), 'followthrough-mail-'));
  chmodSync(dir, 0o755);
  const mailDomains = domains ?? [...new Set(users.map((u) => u.address.split('@')[1]!))];
  const [imaps, lmtp, auth, smtps, submission] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  await run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '3650', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { env: serverEnv() });
  writeFileSync(join(dir, 'users'), users.map((u) => `${u.address}:{PLAIN}${u.password}::::::\n`).join(''));
  const dovecot = { uid: await idOf('dovecot'), gid: await gidOf('dovecot') };
  mkdirSync(join(dir, 'mail'));
  chownSync(join(dir, 'mail'), dovecot.uid, dovecot.gid);
  mkdirSync(join(dir, 'postfix'));
  mkdirSync(join(dir, 'postfix-queue'));
  mkdirSync(join(dir, 'postfix-data'));
  chownSync(join(dir, 'postfix-data'), await idOf('postfix'), await gidOf('postfix'));
  writeFileSync(join(dir, 'dovecot.conf'), dovecotConf(dir, { imaps, lmtp, auth }, sentFolder));
  writeFileSync(join(dir, 'postfix', 'main.cf'), postfixMain(dir, { lmtp, auth }, mailDomains));
  writeFileSync(join(dir, 'postfix', 'master.cf'), postfixMaster({ smtps, submission }));

  await daemonize('dovecot', ['-c', join(dir, 'dovecot.conf')]);
  await Promise.all([waitFor(imaps, true), waitFor(lmtp, true), waitFor(auth, true)]);
  await run('postfix', ['-c', join(dir, 'postfix'), 'set-permissions'], { env: serverEnv() });

  // `postfix start-fg` keeps Postfix's master process in the foreground, so the test owns it.
  let master: ChildProcess | null = null;
  const startSmtp = async () => {
    master = spawn('postfix', ['-c', join(dir, 'postfix'), 'start-fg'], { stdio: 'ignore', env: serverEnv() });
    await Promise.all([waitFor(smtps, true), waitFor(submission, true)]);
  };
  const stopSmtp = async () => {
    await daemonize('postfix', ['-c', join(dir, 'postfix'), 'stop']).catch(() => undefined);
    master?.kill();
    master = null;
    await waitFor(smtps, false);
  };
  await startSmtp();
  const certificatePem = readFileSync(join(dir, 'cert.pem'), 'utf8');
  return {
    host: '127.0.0.1',
    imapsPort: imaps,
    smtpsPort: smtps,
    submissionPort: submission,
    certificatePem,
    accountOf: (address, displayName = '') => {
      const imap = { host: '127.0.0.1', port: imaps, security: 'tls' as const };
      const trustedCertificateSha256 = createHash('sha256').update(new X509Certificate(certificatePem).raw).digest('hex');
      return { preset: 'custom', address, user: address, displayName, imap, smtp: { ...imap, port: smtps }, trustedCertificateSha256 };
    },
    users,
    stopSmtp,
    startSmtp,
    deliverFiles(address, folder, messages) {
      // Maildir++: the inbox is the user's folder itself, another folder ".Name" inside it.
      const base = join(dir, 'mail', address, ...(folder === 'INBOX' ? [] : [`.${folder}`]));
      for (const sub of ['', 'new', 'cur', 'tmp']) {
        mkdirSync(join(base, sub), { recursive: true });
        chownSync(join(base, sub), dovecot.uid, dovecot.gid);
      }
      const stamp = Date.now();
      messages.forEach((message, i) => {
        const file = join(base, 'new', `${stamp}.M${i}P${process.pid}.followthrough-test`);
        writeFileSync(file, message);
        chownSync(file, dovecot.uid, dovecot.gid);
      });
      const home = join(dir, 'mail', address);
      chownSync(home, dovecot.uid, dovecot.gid);
    },
    async stop() {
      await stopSmtp();
      await daemonize('doveadm', ['-c', join(dir, 'dovecot.conf'), 'stop']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
