/**
 * Contracts benchmark. Prints the time to render a full contract to HTML and to print it to PDF in
 * Chromium (target < 1 s), and the time of `deadlines.list` through the dispatcher over 10,000
 * collaborations with finalized contracts (target < 100 ms).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config';
import { fixedClock } from '../src/main/clock';
import { penaltyColumns } from '../src/main/services/deadlines';
import { openRuntime } from '../src/main/runtime';
import { SEED } from '../src/shared/contract/fixtures';
import { presetTerms } from '../src/shared/contract/presets';
import { renderContract } from '../src/shared/contract/render';
import { scheduleDeadlines } from '../src/shared/contract/schedule';
import type { ContractTerms } from '../src/shared/contract/terms';
import { addCalendarDays, endOfDateInZone } from '../src/shared/dates';
import { seedBoard } from './seed';

const COLLABORATIONS = 10_000;
const AS_OF = '2026-11-23T10:00:00Z';
const AS_OF_DATE = '2026-11-23';
const RUNS = 15;
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

function seedContracts(sqlite: import('better-sqlite3').Database, timeZone: string) {
  const terms = presetTerms('paid_video', SEED);
  const cols = penaltyColumns(terms);
  const insertContract = sqlite.prepare(
    `INSERT INTO contracts (collaboration_id, draft, saved_at, in_force_version, late_enabled, fee_minor, currency, deduction_bp, cap_bp, grace_days, termination_days)
     VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMilestone = sqlite.prepare(
    `INSERT INTO milestones (collaboration_id, key, name, party, kind, deductible, basis, sort, contract_version, due_date, due_at, delivered_at, delivered_on)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`,
  );
  const draft = JSON.stringify(terms);
  sqlite.transaction(() => {
    for (let id = 1; id <= COLLABORATIONS; id++) {
      insertContract.run(id, draft, '2026-11-01T00:00:00.000Z', cols.lateEnabled ? 1 : 0, cols.feeMinor, cols.currency, cols.deductionBp, cols.capBp, cols.graceDays, cols.terminationDays);
      // Two years of collaborations: what is long due was delivered (one in ten a few days late).
      const received = addCalendarDays(AS_OF_DATE, -(id % 730));
      const delivered = new Map<string, string>();
      let list = scheduleDeadlines(terms, { signedOn: addCalendarDays(received, -5), productReceivedOn: received, deliveredOn: delivered, holidays: new Set() });
      for (let pass = 0; pass < 3; pass++) {
        for (const d of list) {
          if (d.dueDate && d.dueDate < addCalendarDays(AS_OF_DATE, -3) && d.kind !== 'licence_expiry' && d.kind !== 'min_live_end') {
            delivered.set(d.key, addCalendarDays(d.dueDate, id % 10 === 0 ? (id % 4) + 1 : -1));
          }
        }
        // Deliveries date the duties that follow them (review after the draft, balance after publishing).
        list = scheduleDeadlines(terms, { signedOn: addCalendarDays(received, -5), productReceivedOn: received, deliveredOn: delivered, holidays: new Set() });
      }
      list.forEach((d, sort) => {
        const on = delivered.get(d.key) ?? null;
        insertMilestone.run(id, d.key, d.name, d.party, d.kind, d.deductible ? 1 : 0, d.basis, sort, d.dueDate, d.dueDate && endOfDateInZone(d.dueDate, timeZone), on && `${on}T12:00:00.000Z`, on);
      });
    }
  })();
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'followthrough-bench-'));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
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
    seedBoard(sqlite, { collaborations: COLLABORATIONS, eventsPerCollaboration: 1, creators: 1_000, campaigns: 20 });
    seedContracts(sqlite, 'Europe/Amsterdam');
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
