import { type ChildProcess, spawn } from 'node:child_process';

/** A README command started as a user would, in bash from the project folder. */
export interface Running {
  child: ChildProcess;
  output(): string;
  /** Resolves with the first match of `pattern` in the output, or fails with the output so far. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  exited(): Promise<number | null>;
  stop(): Promise<void>;
}

export function runCommand(command: string, env: Record<string, string> = {}): Running {
  // Its own process group, so stopping it also stops what npm started.
  const child = spawn('bash', ['-c', command], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  child.stderr!.on('data', (chunk) => (out += chunk));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    waitFor: (pattern, timeoutMs = 120_000) =>
      new Promise((resolve, reject) => {
        const started = Date.now();
        const look = () => {
          const match = pattern.exec(out);
          if (match) return resolve(match);
          if (child.exitCode !== null) return reject(new Error(`"${command}" exited with ${child.exitCode} before printing ${pattern}:\n${out}`));
          if (Date.now() - started > timeoutMs) return reject(new Error(`"${command}" did not print ${pattern} within ${timeoutMs} ms:\n${out}`));
          setTimeout(look, 50);
        };
        look();
      }),
    exited: () => exit,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        return; // already gone
      }
      await exit;
    },
  };
}

/** Runs a command to its end; fails with its output unless it exits with 0. */
export async function runToEnd(command: string, env: Record<string, string> = {}): Promise<string> {
  const run = runCommand(command, env);
  const code = await run.exited();
  if (code !== 0) throw new Error(`"${command}" exited with ${code}:\n${run.output()}`);
  return run.output();
}
