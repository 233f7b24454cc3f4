/**
 * Crash consistency benchmark: 200 SIGKILLs of a process writing through the services, each at a
 * random moment; after each, the database must pass integrity_check, hold every write that was
 * reported committed, and its event chain must verify. Target: 0 lost of 200 kills.
 */
import { resolve } from 'node:path';
import { crashTrial } from '../src/main/testing/crashTrial';
import { scaled } from './scale';

const KILLS = Number(process.env.CRASH_KILLS ?? scaled(200));

async function main() {
  const start = performance.now();
  const report = await crashTrial(KILLS, resolve('src/main/db/migrations'));
  const seconds = (performance.now() - start) / 1000;
  console.log('Crash consistency benchmark');
  console.log(`  ${report.kills} kills with SIGKILL mid-write, ${report.committed.toLocaleString('en')} writes reported committed (${seconds.toFixed(0)} s)`);
  console.log(`  lost: ${report.lost} of ${report.committed.toLocaleString('en')} committed writes  (target 0) ${report.lost === 0 && report.problems.length === 0 ? 'OK' : 'FAILED'}`);
  for (const p of report.problems.slice(0, 10)) console.log(`  ${p}`);
  if (report.problems.length > 0) process.exitCode = 1;
}

void main();
