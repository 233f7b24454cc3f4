/**
 * Contracts benchmark. Prints the time to render a full contract to HTML and to print it to PDF in
 * Chromium (target < 1 s), and the time of `deadlines.list` through the dispatcher over 10,000
 * collaborations with finalized contracts (target < 100 ms).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { browserLaunch } from '../playwright.config';
import { fixedClock } from '../src/main/clock';
import { openRuntime } from '../src/main/runtime';
import { SEED } from '../src/shared/contract/fixtures';
import { presetTerms } from '../src/shared/contract/presets';
import { renderContract } from '../src/shared/contract/render';
import type { ContractTerms } from '../src/shared/contract/terms';
import { seedBoard, seedContracts } from './seed';
import { scaled, scaledRuns } from './scale';

const COLLABORATIONS = scaled(10_000);
const AS_OF = '2026-11-23T10:00:00Z';
const AS_OF_DATE = '2026-11-23';
const RUNS = scaledRuns(15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Every clause in use, long lists included: the heaviest contract a user is likely to print. */
function fullContract(): ContractTerms {
  const t = presetTerms('paid_video_ads', SEED);
  return {
    ...t,
    brief: {
      ...t.brief,
      style: 'Warm, honest, filmed in daylight at home. '.repeat(10),
      sellingPoints: Array.from({ length: 12 }, (_, i) => `Selling point ${i + 1}: absorbs in seconds, no sticky finish`),
      tags: ['#lumen', '#glowserum', '@lumenskincare', 'https://lumen.example/mia'],
    },
    milestones: [...t.milestones, ...Array.from({ length: 6 }, (_, i) => ({ ...t.milestones[1]!, key: `extra_${i}`, name: `Story ${i + 1}`, offsetDays: 21 + i }))],
  };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'followthrough-bench-'));
  const browser = await chromium.launch(browserLaunch);
  try {
    const terms = fullContract();
    const renders: number[] = [];
    const pdfs: number[] = [];
    let bytes = 0;
    const page = await browser.newPage();
    for (let i = 0; i < 8; i++) {
      const start = performance.now();
      const html = renderContract(terms, { version: 1, finalizedAt: '2026-11-23T10:00:00.000Z', paper: 'A4' });
      renders.push(performance.now() - start);
      await page.setContent(html);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      pdfs.push(performance.now() - start);
      bytes = pdf.length;
    }

    const runtime = openRuntime({ dataDir, clock: fixedClock(AS_OF), migrationsFolder: resolve('src/main/db/migrations') });
    const sqlite = runtime.ctx.db.$client;
    seedBoard(sqlite, { collaborations: COLLABORATIONS, eventsPerCollaboration: 1, creators: scaled(1_000), campaigns: 20 });
    seedContracts(sqlite, { collaborations: COLLABORATIONS, asOfDate: AS_OF_DATE, timeZone: 'Europe/Amsterdam' });
    const milestones = (sqlite.prepare('SELECT COUNT(*) AS n FROM milestones').get() as { n: number }).n;
    const timeList = (input: object) => {
      const times: number[] = [];
      let data = { deadlines: [] as unknown[], penalties: [] as unknown[] };
      for (let i = 0; i < RUNS + 2; i++) {
        const start = performance.now();
        const result = runtime.dispatch('deadlines.list', { asOf: AS_OF, ...input });
        const took = performance.now() - start;
        if (!result.ok) throw new Error(result.error.message);
        data = result.data as typeof data;
        if (i >= 2) times.push(took);
      }
      return { ms: median(times), min: Math.min(...times), deadlines: data.deadlines.length, penalties: data.penalties.length };
    };
    const open = timeList({});
    const all = timeList({ openOnly: false });
    const one = timeList({ collaborationId: 4_242, openOnly: false });
    runtime.close();

    const pdf = median(pdfs.slice(1));
    const verdict = (x: number, target: number) => `(target < ${target} ms) ${x < target ? 'OK' : 'OVER'}`;
    console.log('Contracts benchmark');
    console.log(`  renderContract (full contract, ${terms.milestones.length} milestones)   median ${ms(median(renders.slice(1)))}`);
    console.log(`  render + PDF in Chromium (${(bytes / 1024).toFixed(0)} KB)         median ${ms(pdf)}  (first, cold: ${ms(pdfs[0]!)})  ${verdict(pdf, 1000)}`);
    console.log(`  deadlines.list via dispatcher, ${COLLABORATIONS.toLocaleString('en')} contracts in force, ${milestones.toLocaleString('en')} deadlines stored (${RUNS} runs):`);
    console.log(`    default: open deadlines + every penalty  median ${ms(open.ms)}  (min ${ms(open.min)}; ${open.deadlines} deadlines, ${open.penalties.toLocaleString('en')} penalties)  ${verdict(open.ms, 100)}`);
    console.log(`    openOnly false: full history            median ${ms(all.ms)}  (min ${ms(all.min)}; ${all.deadlines.toLocaleString('en')} deadlines)`);
    console.log(`    one collaboration, full history          median ${ms(one.ms)}  (${one.deadlines} deadlines)`);
  } finally {
    await browser.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
