import { and, eq, inArray } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { MessageDirection } from '../../../shared/events/message';
import { MAIL_SOURCE, type MailMessage } from '../../../shared/mail/schemas';
import { collaborations, events } from '../../db/schema';
import { ENDED_STAGES_SQL } from '../../db/sqlFragments';
import type { Ctx, Tx } from '../context';
import type { CreatorDirectory } from './directory';

/*
 * Where a mail belongs (DOMAIN "Mail"), decided once for imports and syncs alike:
 * - whose it is: the creator it is from (creator → brand), else the first creator it is to, To
 *   before Cc (brand → creator). A mail the brand sent to several creators at once is logged on
 *   the first one's collaboration only: a Message-ID is logged once;
 * - which collaboration: the one its thread was logged on (In-Reply-To, then References, newest
 *   first), if that is this creator's; else the one the brand dropped it on; else the creator's
 *   most recent open collaboration; else it waits, unassigned;
 * - a mail neither from nor to a creator is not taken, unless it mentions a creator's handle: it
 *   then waits, unassigned, asking "is this …?".
 */

/**
 * The most recent open collaboration takes a creator's mail from some weeks before it was added (the
 * first mails of a deal come before its card), not older: an export of years of mail would
 * otherwise pile every old conversation onto today's deal. Older mail waits to be placed.
 */
export const EARLIER_MAIL_DAYS = 30;

type Db = Ctx['db'] | Tx;

export interface Chosen {
  collaborationId: number;
  creatorId: number;
}

export type Placement =
  | { to: 'collaboration'; collaborationId: number; creatorId: number; direction: MessageDirection }
  | { to: 'unassigned'; creatorId: number | null; suggestedCreatorId: number | null; direction: MessageDirection }
  | { to: 'nowhere' };

/**
 * Places mail one message at a time, for one import or sync: the creators' open collaborations are
 * read once (nothing else changes them meanwhile), threads each time (the mail just logged counts).
 */
export function mailPlacer(db: Db, directory: CreatorDirectory, chosen: Chosen | null): (m: MailMessage) => Placement {
  const open = new Map<number, OpenCollaboration[]>();
  const openOf = (creatorId: number) => {
    const known = open.get(creatorId) ?? openCollaborationsOf(db, creatorId);
    open.set(creatorId, known);
    return known;
  };
  return (m) => {
    const senders = directory.creatorsOf(m.from);
    const recipients = [...new Set([...m.to, ...m.cc].flatMap((a) => directory.creatorsOf(a)))];
    const direction: MessageDirection = senders.length > 0 ? 'creator_to_brand' : 'brand_to_creator';
    const whose = senders.length > 0 ? senders : recipients;
    if (whose.length === 0) {
      const suggested = directory.mentionedIn(`${m.subject}\n${m.text}`);
      return suggested === null ? { to: 'nowhere' } : { to: 'unassigned', creatorId: null, suggestedCreatorId: suggested, direction: 'creator_to_brand' };
    }
    const thread = threadOf(db, m, whose);
    if (thread) return { to: 'collaboration', ...thread, direction };
    // Without a thread it is the first creator's (an address two creators share: the one added first).
    const creatorId = whose[0]!;
    if (chosen?.creatorId === creatorId) return { to: 'collaboration', ...chosen, direction };
    const latestAdded = new Date(Date.parse(m.sentAt) + EARLIER_MAIL_DAYS * 86_400_000).toISOString();
    const recent = openOf(creatorId).find((c) => c.createdAt <= latestAdded);
    if (recent) return { to: 'collaboration', collaborationId: recent.collaborationId, creatorId, direction };
    return { to: 'unassigned', creatorId, suggestedCreatorId: null, direction };
  };
}

/** The collaboration an earlier mail of the same thread was logged on, when it is one of these creators'. */
function threadOf(db: Db, m: MailMessage, creatorIds: number[]): Chosen | null {
  const ids = [...new Set([...(m.inReplyTo ? [m.inReplyTo] : []), ...[...m.references].reverse()])].slice(0, 100);
  if (ids.length === 0) return null;
  const found = db
    .select({ externalId: events.externalId, collaborationId: collaborations.id, creatorId: collaborations.creatorId })
    .from(events)
    .innerJoin(collaborations, eq(collaborations.id, events.collaborationId))
    .where(and(eq(events.externalSource, MAIL_SOURCE), inArray(events.externalId, ids), inArray(collaborations.visibility, ['shown', 'archived'])))
    .all();
  for (const id of ids) {
    const hit = found.find((f) => f.externalId === id && creatorIds.includes(f.creatorId));
    if (hit) return { collaborationId: hit.collaborationId, creatorId: hit.creatorId };
  }
  return null;
}

interface OpenCollaboration {
  collaborationId: number;
  createdAt: string;
}

/** The creator's collaborations still running and on the board, most recently added first. */
function openCollaborationsOf(db: Db, creatorId: number): OpenCollaboration[] {
  return db
    .select({ collaborationId: collaborations.id, createdAt: collaborations.createdAt })
    .from(collaborations)
    .where(and(eq(collaborations.creatorId, creatorId), eq(collaborations.visibility, 'shown'), sql`${collaborations.stage} NOT IN ${sql.raw(ENDED_STAGES_SQL)}`))
    .orderBy(sql`${collaborations.createdAt} DESC, ${collaborations.id} DESC`)
    .all();
}
