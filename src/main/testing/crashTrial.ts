import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { verifyChain } from '../db/eventChain';
import { openDatabase } from '../db/client';

/*
 * Crash consistency: a child writes through the services while this process kills it with
 * SIGKILL at a random moment, again and again on the same data folder. After every kill the
 * database must open, pass integrity_check, hold every write the child reported as committed,
 * and its event chain must verify.
 */

export interface CrashReport {
  kills: number;
  committed: number;
  lost: number;
  problems: string[];
}

// Tests and benchmarks run from the repository's root.
const CHILD = resolve('src/main/testing/crashWriter.ts');
const TABLE: Record<string, string> = { creator: 'creators', collaboration: 'collaborations', event: 'events' };

export async function crashTrial(kills: number, migrationsFolder: string, random: () => number = Math.random): Promise<CrashReport> {
  const dataDir = mkdtempSync(join(tmpdir(), 'followthrough-crash-'));
  const report: CrashReport = { kills: 0, committed: 0, lost: 0, problems: [] };
  for (let k = 0; k < kills; k++) {
    const lines = await runAndKill(dataDir, migrationsFolder, 20 + Math.floor(random() * 300));
    report.kills += 1;
    const db = openDatabase(join(dataDir, 'followthrough.db'), { migrationsFolder });
    const sqlite = db.$client as Database.Database;
    try {
      const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
      if (integrity !== 'ok') report.problems.push(`kill ${k + 1}: integrity_check says ${integrity}`);
      for (const line of lines) {
        const [kind, id] = line.split(' ');
        const table = TABLE[kind!];
        if (!table) continue;
        report.committed += 1;
        if (!sqlite.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(Number(id))) {
          report.lost += 1;
          report.problems.push(`kill ${k + 1}: ${kind} #${id} was reported committed but is missing`);
        }
      }
      const chain = verifyChain(sqlite);
      if (!chain.intact) report.problems.push(`kill ${k + 1}: ${chain.message}`);
    } finally {
      sqlite.close();
    }
  }
  return report;
}

/** Starts the writer, waits until it writes, lets it run `ms` more, then SIGKILLs it; returns what it reported. */
function runAndKill(dataDir: string, migrationsFolder: string, ms: number): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, migrationsFolder], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: ReturnType<typeof setTimeout> | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (!timer && out.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return fail(new Error(`The writer stopped by itself (${code}): ${err}`));
      // Only whole lines count: a line cut by the kill was never fully reported.
      done(out.split('\n').slice(0, -1));
    });
  });
}
