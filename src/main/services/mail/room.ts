import { ensureRoomFor } from '../../db/room';
import type { Ctx } from '../context';
import type { OutboxRow } from './outboxRows';

/** Whether what becomes of this mail could be written down after it goes (a full disk, a read-only folder: no). */
export function hasRoomFor(ctx: Ctx, row: Pick<OutboxRow, 'subject' | 'body'>): boolean {
  try {
    ensureRoomFor(ctx.db.$client, { mailOf: Buffer.byteLength(row.body) + Buffer.byteLength(row.subject) });
    return true;
  } catch {
    return false;
  }
}
