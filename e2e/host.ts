import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface Host {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  stop(): Promise<void>;
  /** Calls the API directly, as an outside script would. */
  call<T = unknown>(name: string, input?: unknown): Promise<{ ok: boolean; data?: T; error?: { code: string; message: string } }>;
}

const SERVE = resolve('out/main/serve.js');

export interface HostOptions {
  /** The host's pinned clock (FOLLOWTHROUGH_NOW); required, so no test runs on today's date. */
  now: string;
  env?: Record<string, string>;
}

/** Starts the built browser host on a free port with its own data folder. */
export async function startHost(dataDir: string, { now, env = {} }: HostOptions): Promise<Host> {
  const token = `e2e-${Math.random().toString(36).slice(2)}`;
  const child = spawn(process.execPath, [SERVE], {
    env: { ...process.env, FOLLOWTHROUGH_DATA_DIR: dataDir, FOLLOWTHROUGH_PORT: '0', FOLLOWTHROUGH_TOKEN: token, FOLLOWTHROUGH_NOW: now, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(child);
  const origin = new URL(url).origin;
  return {
    url,
    origin,
    token,
    dataDir,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
    call: async (name, input = {}) => {
      const res = await fetch(`${origin}/api/${name}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await res.json()) as never;
    },
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${out}\n${err}`)), 20_000);
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /running at (\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]!);
      }
    });
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${out}\n${err}`));
    });
  });
}
