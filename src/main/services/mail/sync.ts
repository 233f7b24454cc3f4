import { eq } from 'drizzle-orm';
import type { ImapFlow, MessageAddressObject } from 'imapflow';
import type { MailSummary } from '../../../shared/mail/schemas';
import { addSummaries, EMPTY_SUMMARY, type MailFolderRole, type MailFolderSync, type MailSyncProgress, type MailSyncResult } from '../../../shared/mail/sync';
import { mailFolders } from '../../db/schema';
import { writeTransaction } from '../../db/writeTransaction';
import { sentFolderOf } from '../mailbox/folders';
import { type Ctx, nowIso } from '../context';
import { creatorDirectory, type CreatorDirectory } from './directory';
import { readMailFile, type ReadMail } from './readMail';
import { takeMail } from './take';

/** Messages fetched whole and taken in one write: memory stays bounded whatever the mailbox holds. */
const BATCH = 100;

export interface SyncOptions {
  onProgress?: (progress: MailSyncProgress) => void;
}

/**
 * Reads what is new in the inbox and the Sent folder (found by its special use, whatever its
 * name or language) of a connected, logged-in client, and takes it as an import does. Only UIDs
 * above the last one read are looked at; their envelopes first, and only the messages with a
 * creator's address in them or a handle in their subject are fetched whole. Each batch is taken and
 * the folder's place recorded in one write, so a sync cut off anywhere resumes after the last
 * batch, and a batch taken twice logs nothing twice (Message-IDs).
 */
export async function syncMailbox(ctx: Ctx, client: ImapFlow, options: SyncOptions = {}): Promise<MailSyncResult> {
  const boxes = await client.list();
  const sent = sentFolderOf(boxes);
  const folders: { role: MailFolderRole; path: string }[] = [{ role: 'inbox', path: 'INBOX' }, ...(sent ? [{ role: 'sent' as const, path: sent }] : [])];
  const result: MailSyncResult = { folders: [], summary: EMPTY_SUMMARY, syncedAt: nowIso(ctx) };
  for (const folder of folders) {
    const { sync, summary } = await syncFolder(ctx, client, folder, options);
    result.folders.push(sync);
    result.summary = addSummaries(result.summary, summary);
  }
  return result;
}

interface FolderPlace {
  uidValidity: string;
  lastUid: number;
}

function placeOf(ctx: Ctx, role: MailFolderRole): FolderPlace | null {
  return ctx.db.select({ uidValidity: mailFolders.uidValidity, lastUid: mailFolders.lastUid }).from(mailFolders).where(eq(mailFolders.role, role)).get() ?? null;
}

function recordPlace(ctx: Ctx, role: MailFolderRole, place: { path: string; uidValidity: string; lastUid: number; total?: number }): void {
  const values = { path: place.path, uidValidity: place.uidValidity, lastUid: place.lastUid, syncedAt: nowIso(ctx), ...(place.total === undefined ? {} : { total: place.total }) };
  ctx.db
    .insert(mailFolders)
    .values({ role, ...values })
    .onConflictDoUpdate({ target: mailFolders.role, set: values })
    .run();
}

async function syncFolder(ctx: Ctx, client: ImapFlow, folder: { role: MailFolderRole; path: string }, options: SyncOptions): Promise<{ sync: MailFolderSync; summary: MailSummary }> {
  const lock = await client.getMailboxLock(folder.path, { readOnly: true });
  try {
    const box = client.mailbox;
    if (!box) throw new Error(`The folder ${folder.path} could not be opened`);
    const uidValidity = String(box.uidValidity);
    const before = placeOf(ctx, folder.role);
    const renumbered = before !== null && before.uidValidity !== uidValidity;
    const from = before && !renumbered ? before.lastUid : 0;
    const sync: MailFolderSync = { role: folder.role, path: folder.path, fetched: 0, seen: 0, renumbered };
    let summary = EMPTY_SUMMARY;
    // Nothing arrived since the last sync: the server says so without a fetch.
    if (box.uidNext !== undefined && box.uidNext - 1 <= from && !renumbered && before !== null) {
      writeTransaction(ctx.db.$client, () => recordPlace(ctx, folder.role, { path: folder.path, uidValidity, lastUid: from }));
      return { sync, summary };
    }
    if (before === null || renumbered) writeTransaction(ctx.db.$client, () => recordPlace(ctx, folder.role, { path: folder.path, uidValidity, lastUid: 0, total: box.exists }));

    const directory = creatorDirectory(ctx.db);
    const { wanted, highest, seen } = await wantedUids(client, from, directory, (done) => options.onProgress?.({ role: folder.role, done, total: box.exists }));
    sync.seen = seen;
    for (let i = 0; i < wanted.length; i += BATCH) {
      const uids = wanted.slice(i, i + BATCH);
      const sources: { uid: number; source: Buffer }[] = [];
      for await (const message of client.fetch(uids.join(','), { uid: true, source: true }, { uid: true })) {
        if (message.source) sources.push({ uid: message.uid, source: message.source });
      }
      const read: ReadMail[] = [];
      for (const { uid, source } of sources) read.push(...(await readMailFile(`${folder.path}#${uid}`, source)).mail);
      const last = uids[uids.length - 1]!;
      const taken = writeTransaction(ctx.db.$client, () => {
        const batch = takeMail(ctx, read);
        recordPlace(ctx, folder.role, { path: folder.path, uidValidity, lastUid: last });
        return batch;
      });
      summary = addSummaries(summary, taken);
      sync.fetched += sources.length;
    }
    writeTransaction(ctx.db.$client, () => recordPlace(ctx, folder.role, { path: folder.path, uidValidity, lastUid: Math.max(from, highest) }));
    options.onProgress?.({ role: folder.role, done: box.exists, total: box.exists });
    return { sync, summary };
  } finally {
    lock.release();
  }
}

/** The UIDs above `from` whose envelope names a creator (an address, or a handle in the subject), oldest first. */
async function wantedUids(client: ImapFlow, from: number, directory: CreatorDirectory, progress: (done: number) => void): Promise<{ wanted: number[]; highest: number; seen: number }> {
  const wanted: number[] = [];
  let highest = from;
  let seen = 0;
  for await (const message of client.fetch(`${from + 1}:*`, { uid: true, envelope: true }, { uid: true })) {
    // "n:*" answers with the last message even when its UID is below n.
    if (message.uid <= from) continue;
    seen += 1;
    highest = Math.max(highest, message.uid);
    const envelope = message.envelope;
    const people = [envelope?.from, envelope?.sender, envelope?.to, envelope?.cc, envelope?.bcc].flatMap((list: MessageAddressObject[] | undefined) => list ?? []);
    const named = people.some((p) => directory.creatorsOf(p.address ?? null).length > 0) || directory.mentionedIn(envelope?.subject ?? '') !== null;
    if (named) wanted.push(message.uid);
    if (seen % 500 === 0) progress(seen);
  }
  return { wanted: wanted.sort((a, b) => a - b), highest, seen };
}
