import type Database from 'better-sqlite3';
import { STAGES } from '../src/shared/stages';

/** Fills a migrated database fast, with plain prepared statements in one transaction. */
export function seedBoard(sqlite: Database.Database, opts: { collaborations: number; eventsPerCollaboration: number; creators: number; campaigns: number }) {
  const at = (minutesAgo: number) => new Date(Date.UTC(2026, 10, 20) - minutesAgo * 60_000).toISOString();
  const insertCreator = sqlite.prepare(
    `INSERT INTO creators (name, handles, followers, region, language, created_at, updated_at) VALUES (?, ?, ?, 'EU', 'en', ?, ?)`,
  );
  const insertCampaign = sqlite.prepare(`INSERT INTO campaigns (name, product, currency, created_at, updated_at) VALUES (?, ?, 'EUR', ?, ?)`);
  const insertCollab = sqlite.prepare(
    `INSERT INTO collaborations (creator_id, campaign_id, stage, stage_since, fee_minor, currency, product, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'EUR', 'Skillet', ?, ?)`,
  );
  const insertEvent = sqlite.prepare(
    `INSERT INTO events (at, recorded_at, type, collaboration_id, creator_id, data) VALUES (?, ?, 'collaboration.moved', ?, ?, ?)`,
  );
  sqlite.transaction(() => {
    for (let i = 1; i <= opts.creators; i++) {
      const handles = JSON.stringify([{ platform: i % 3 === 0 ? 'tiktok' : 'instagram', handle: `@creator${i}` }]);
      insertCreator.run(`Creator ${i}`, handles, 1000 * i, at(0), at(0));
    }
    for (let i = 1; i <= opts.campaigns; i++) insertCampaign.run(`Campaign ${i}`, `Product ${i}`, at(0), at(0));
    for (let i = 1; i <= opts.collaborations; i++) {
      const stage = STAGES[i % STAGES.length]!;
      const creatorId = (i % opts.creators) + 1;
      insertCollab.run(creatorId, (i % opts.campaigns) + 1, stage, at(i), 10_000 * (i % 50), at(i + 100), at(i));
      for (let e = 0; e < opts.eventsPerCollaboration; e++) {
        const data = JSON.stringify({ from: STAGES[e % STAGES.length], to: STAGES[(e + 1) % STAGES.length] });
        insertEvent.run(at(i + e), at(i + e), i, creatorId, data);
      }
    }
  })();
}
