import type Database from 'better-sqlite3';
import { type LoggedMessage, medianHours, replyWaits } from '../../shared/rules/replyState';

/**
 * Recounts a creator's median reply time from every message logged with them, so the reliability
 * score can be read for thousands of creators at once without walking their messages.
 */
export function refreshMedianReply(sqlite: Database.Database, creatorId: number): void {
  const messages = sqlite
    .prepare<[number], LoggedMessage>(
      `SELECT collaboration_id AS collaborationId, at, json_extract(data, '$.direction') AS direction
       FROM events WHERE creator_id = ? AND type = 'message' AND collaboration_id IS NOT NULL
       ORDER BY collaboration_id, at, id`,
    )
    .all(creatorId);
  sqlite.prepare('UPDATE creators SET median_reply_hours = ? WHERE id = ?').run(medianHours(replyWaits(messages)), creatorId);
}
