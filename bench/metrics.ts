/**
 * Campaign metrics benchmark. Prints the time to import 50,000 metric rows from CSV through the
 * API (target < 3 s: parse, check every row, write in one transaction) and of the campaign
 * dashboard over 1,000 collaborations with those numbers (target < 100 ms).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixedClock } from '../src/main/clock';
import { openRuntime } from '../src/main/runtime';
import { scaled, scaledRuns } from './scale';

const CREATORS = scaled(1_000);
const POSTS_PER_CREATOR = 5;
const READINGS_PER_POST = 10;
const AS_OF = '2026-11-23T10:00:00.000Z';
const RUNS = scaledRuns(15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

function metricsCsv(): string {
  const lines = ['creator,date,post_url,platform,views,likes,comments,shares,saves,clicks,conversions,cost'];
  for (let day = 1; day <= READINGS_PER_POST; day++) {
    const date = `2026-11-${String(day).padStart(2, '0')}`;
    for (let c = 1; c <= CREATORS; c++) {
      // One creator in five reaches far fewer people: those are the ones the dashboard flags.
      const reach = c % 5 === 0 ? 300 : 3_000;
      for (let p = 1; p <= POSTS_PER_CREATOR; p++) {
        const views = reach * day * p;
        lines.push(`@creator${c},${date},https://example.com/p/${c}/${p},instagram,${views},${Math.round(views * 0.04)},${Math.round(views * 0.004)},${day},${p},${Math.round(views * 0.01)},${day % 3},${p === 1 ? '120.00' : ''}`);
      }
    }
  }
  return lines.join('\n');
}

const dataDir = mkdtempSync(join(tmpdir(), 'followthrough-bench-'));
try {
  const runtime = openRuntime({ dataDir, clock: fixedClock(AS_OF), migrationsFolder: resolve('src/main/db/migrations') });
  const sqlite = runtime.ctx.db.$client;
  sqlite.transaction(() => {
    sqlite.prepare(`INSERT INTO campaigns (name, product, currency, targets, created_at, updated_at) VALUES ('Launch', 'Skillet', 'EUR', ?, ?, ?)`).run(JSON.stringify({ views: 300_000_000, engagementRatePct: 3, cpmMaxMinor: 200, marginPct: 20 }), AS_OF, AS_OF);
    const creator = sqlite.prepare(`INSERT INTO creators (name, handles, created_at, updated_at) VALUES (?, ?, ?, ?)`);
    const collab = sqlite.prepare(`INSERT INTO collaborations (creator_id, campaign_id, stage, stage_since, fee_minor, currency, created_at, updated_at) VALUES (?, 1, 'published', ?, 50000, 'EUR', ?, ?)`);
    for (let c = 1; c <= CREATORS; c++) {
      creator.run(`Creator ${c}`, JSON.stringify([{ platform: 'instagram', handle: `@creator${c}` }]), AS_OF, AS_OF);
      collab.run(c, AS_OF, AS_OF, AS_OF);
    }
  })();

  const csv = metricsCsv();
  const rows = csv.split('\n').length - 1;
  let start = performance.now();
  const preview = runtime.dispatch('csv.preview', { kind: 'metrics', csv, campaignId: 1 });
  const previewMs = performance.now() - start;
  if (!preview.ok) throw new Error(preview.error.message);
  start = performance.now();
  const imported = runtime.dispatch('csv.import', { kind: 'metrics', csv, campaignId: 1 });
  const importMs = performance.now() - start;
  if (!imported.ok) throw new Error(imported.error.message);

  const dashboards: number[] = [];
  let flagged = 0;
  for (let i = 0; i < RUNS + 2; i++) {
    start = performance.now();
    const d = runtime.dispatch('campaigns.dashboard', { campaignId: 1 });
    if (i >= 2) dashboards.push(performance.now() - start);
    if (!d.ok) throw new Error(d.error.message);
    flagged = (d.data as { underperforming: number }).underperforming;
  }
  const boards: number[] = [];
  for (let i = 0; i < 7; i++) {
    start = performance.now();
    runtime.dispatch('collaborations.board', {});
    boards.push(performance.now() - start);
  }
  runtime.close();

  console.log('Metrics benchmark');
  console.log(`  CSV of ${rows.toLocaleString('en')} metric rows (${(csv.length / 1e6).toFixed(1)} MB), ${CREATORS.toLocaleString('en')} creators × ${POSTS_PER_CREATOR} posts × ${READINGS_PER_POST} readings`);
  console.log(`  csv.preview (parse + check every row)   ${ms(previewMs)}`);
  console.log(`  csv.import (all rows, one transaction)  ${ms(importMs)}  (target < 3000 ms) ${importMs < 3000 ? 'OK' : 'OVER'}`);
  console.log(`  campaigns.dashboard, ${CREATORS.toLocaleString('en')} collaborations  median ${ms(median(dashboards))}  (target < 100 ms) ${median(dashboards) < 100 ? 'OK' : 'OVER'}; ${flagged} flagged`);
  console.log(`  collaborations.board with those numbers    median ${ms(median(boards))}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
