import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../src/shared/api';
import type { ApiError } from '../src/shared/result';

/** An answer as the wire carries it; tests read `data` after checking `ok`, or `error`. */
export interface Answer<T> {
  ok: boolean;
  data?: T;
  error?: ApiError;
}

export interface Host {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  stop(): Promise<void>;
  /** Calls the API directly, as an outside script would; typed by the contract. */
  call<K extends ProcedureName>(name: K, input?: ProcedureInput<K>): Promise<Answer<ProcedureOutput<K>>>;
  /** Sends anything, for the tests of what the API refuses. */
  send(name: string, input: unknown): Promise<Answer<unknown>>;
}

const SERVE = resolve('out/main/serve.js');

/**
 * Hosts a test stopped on purpose: a page's request to one (its icon, a reconnect) is refused or cut
 * off as it goes away, as expected.
 */
const stoppedOrigins = new Set<string>();

/** Whether a browser error is only a request refused or cut off by a host the test stopped. */
export function refusedByStoppedHost(text: string): boolean {
  if (!text.includes('net::ERR_')) return false;
  for (const origin of stoppedOrigins) if (text.includes(`${origin}/`)) return true;
  return false;
}

export interface HostOptions {
  /** The host's pinned clock (FOLLOWTHROUGH_NOW); required, so no test runs on today's date. */
  now: string;
  env?: Record<string, string>;
}

/** Starts the built browser host on a free port with its own data folder. */
export async function startHost(dataDir: string, { now, env = {} }: HostOptions): Promise<Host> {
  const token = `e2e-${Math.random().toString(36).slice(2)}`;
  const child = spawn(process.execPath, [SERVE], {
    env: { ...process.env, FOLLOWTHROUGH_DATA_DIR: dataDir, FOLLOWTHROUGH_PORT: '0', FOLLOWTHROUGH_FEED_PORT: '0', FOLLOWTHROUGH_TOKEN: token, FOLLOWTHROUGH_NOW: now, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(child);
  const origin = new URL(url).origin;
  const send = async (name: string, input: unknown): Promise<Answer<unknown>> => {
    const res = await fetch(`${origin}/api/${name}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    return (await res.json()) as Answer<unknown>;
  };
  return {
    url,
    origin,
    token,
    dataDir,
    stop: () =>
      new Promise((done) => {
        stoppedOrigins.add(origin);
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
    call: (name, input) => send(name, input ?? {}) as never,
    send,
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let out = '';
    let err = '';
    // Generous: on a busy two-core machine a cold start of Node, SQLite and the migrations can take a while.
    // A host that never said it runs is stopped: left running, it slows every test after it.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`host did not start:\n${out}\n${err}`));
    }, 40_000);
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
