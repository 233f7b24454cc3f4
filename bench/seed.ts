import type Database from 'better-sqlite3';
import { inForceColumns } from '../src/main/services/deadlines';
import { SEED } from '../src/shared/contract/fixtures';
import { presetTerms } from '../src/shared/contract/presets';
import { scheduleDeadlines } from '../src/shared/contract/schedule';
import { addCalendarDays, endOfDateInZone } from '../src/shared/dates';
import { isDeliverable } from '../src/shared/rules/deadlineKinds';
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

/**
 * Finalized paid-video contracts for the first `collaborations` cards, received over the two years
 * before `asOfDate`: what is long due was delivered (one in ten a few days late), recent work is open.
 */
export function seedContracts(sqlite: Database.Database, opts: { collaborations: number; asOfDate: string; timeZone: string }) {
  const { asOfDate: AS_OF_DATE, timeZone } = opts;
  const terms = presetTerms('paid_video', SEED);
  const cols = inForceColumns(terms);
  const insertContract = sqlite.prepare(
    `INSERT INTO contracts (collaboration_id, draft, saved_at, in_force_version, late_enabled, fee_minor, currency, deduction_bp, cap_bp, grace_days, termination_days, reply_sla_hours)
     VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMilestone = sqlite.prepare(
    `INSERT INTO milestones (collaboration_id, key, name, party, kind, deductible, basis, sort, contract_version, due_date, due_at, delivered_at, delivered_on)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`,
  );
  const draft = JSON.stringify(terms);
  sqlite.transaction(() => {
    for (let id = 1; id <= opts.collaborations; id++) {
      insertContract.run(id, draft, '2026-11-01T00:00:00.000Z', cols.lateEnabled ? 1 : 0, cols.feeMinor, cols.currency, cols.deductionBp, cols.capBp, cols.graceDays, cols.terminationDays, cols.replySlaHours);
      const received = addCalendarDays(AS_OF_DATE, -(id % 730));
      const delivered = new Map<string, string>();
      let list = scheduleDeadlines(terms, { signedOn: addCalendarDays(received, -5), productReceivedOn: received, deliveredOn: delivered, holidays: new Set() });
      for (let pass = 0; pass < 3; pass++) {
        for (const d of list) {
          if (d.dueDate && d.dueDate < addCalendarDays(AS_OF_DATE, -3) && isDeliverable(d.kind)) {
            delivered.set(d.key, addCalendarDays(d.dueDate, id % 10 === 0 ? (id % 4) + 1 : -1));
          }
        }
        // Deliveries date the duties that follow them (review after the draft, balance after publishing).
        list = scheduleDeadlines(terms, { signedOn: addCalendarDays(received, -5), productReceivedOn: received, deliveredOn: delivered, holidays: new Set() });
      }
      list.forEach((d, sort) => {
        const on = delivered.get(d.key) ?? null;
        insertMilestone.run(id, d.key, d.name, d.party, d.kind, d.deductible ? 1 : 0, JSON.stringify(d.basis), sort, d.dueDate, d.dueDate && endOfDateInZone(d.dueDate, timeZone), on && `${on}T12:00:00.000Z`, on);
      });
    }
  })();
}
