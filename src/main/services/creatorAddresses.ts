import { sql } from 'drizzle-orm';
import { addressKey } from '../../shared/mail/addresses';
import { problem } from '../../shared/i18n/problems';
import { creators } from '../db/schema';
import type { Ctx, Tx } from './context';
import { badField } from './errors';

/*
 * A mail address says whose mail it is, so an address belongs to one creator: a further address
 * already another creator's (their main one or a further one) is refused, and so is a main address
 * that is another creator's further one. Two creators sharing one main address (an agency's, from
 * before further addresses existed) are left as they were; their mail is then placed by its thread.
 */

interface Owner {
  id: number;
  name: string;
}

/** The addresses a creator is known by, main one first. */
export const addressesOf = (c: { email: string | null; otherEmails: readonly string[] }): string[] => (c.email ? [c.email, ...c.otherEmails] : [...c.otherEmails]);

/**
 * Who else holds any of these addresses, by their compared form (a creator in the trash still holds
 * theirs). SQLite looks them up, so adding creators one by one (a CSV import) stays quick.
 */
function otherOwners(db: Ctx['db'] | Tx, creatorId: number | null, addresses: readonly string[]) {
  const main = new Map<string, Owner>();
  const further = new Map<string, Owner>();
  const keys = [...new Set(addresses.map(addressKey))];
  if (keys.length === 0) return { main, further };
  const wanted = sql.join(
    keys.map((k) => sql`${k}`),
    sql`, `,
  );
  const rows = db
    .select({ id: creators.id, name: creators.name, email: creators.email, otherEmails: creators.otherEmails })
    .from(creators)
    .where(
      sql`${creators.visibility} <> 'deleted' AND ${creators.id} <> ${creatorId ?? 0}
        AND (lower(trim(${creators.email})) IN (${wanted})
          OR EXISTS (SELECT 1 FROM json_each(${creators.otherEmails}) j WHERE lower(trim(j.value)) IN (${wanted})))`,
    )
    .all();
  for (const row of rows) {
    if (row.email) main.set(addressKey(row.email), row);
    for (const address of row.otherEmails) further.set(addressKey(address), row);
  }
  return { main, further };
}

/** Refuses, at the field, an address of this creator that would make another creator's mail theirs or theirs another's. */
export function assertAddressesFree(db: Ctx['db'] | Tx, creatorId: number | null, email: string | null, otherEmails: readonly string[]): void {
  const { main, further } = otherOwners(db, creatorId, email === null ? otherEmails : [email, ...otherEmails]);
  otherEmails.forEach((address, index) => {
    const key = addressKey(address);
    if (email !== null && key === addressKey(email)) throw badField(['otherEmails', index], problem('mail.addressIsMain', { address }));
    const owner = main.get(key) ?? further.get(key);
    if (owner) throw badField(['otherEmails', index], problem('mail.addressTaken', { address, name: owner.name }));
  });
  const owner = email === null ? undefined : further.get(addressKey(email));
  if (email !== null && owner) throw badField(['email'], problem('mail.addressTaken', { address: email, name: owner.name }));
}

/** Whether any creator but `creatorId` holds the address already. */
export function addressHeldByOther(db: Ctx['db'] | Tx, creatorId: number, address: string): boolean {
  const { main, further } = otherOwners(db, creatorId, [address]);
  return main.has(addressKey(address)) || further.has(addressKey(address));
}
