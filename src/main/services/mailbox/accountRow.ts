import { eq } from 'drizzle-orm';
import type { MailAccount } from '../../../shared/mail/account';
import { mailAccount } from '../../db/schema';
import { writeTransaction } from '../../db/writeTransaction';
import type { Ctx } from '../context';

const ID = 1;

/** The connected mailbox's settings as stored (the password never is), or null. */
export function readMailAccount(ctx: Ctx): { account: MailAccount; updatedAt: string } | null {
  const row = ctx.db.select().from(mailAccount).where(eq(mailAccount.id, ID)).get();
  return row ? { account: row.account, updatedAt: row.updatedAt } : null;
}

/** Stores the settings in a write transaction of its own, whose failure (disk full, read-only) is thrown. */
export function writeMailAccount(ctx: Ctx, account: MailAccount, updatedAt: string): void {
  writeTransaction(ctx.db.$client, () => {
    ctx.db.insert(mailAccount).values({ id: ID, account, updatedAt }).onConflictDoUpdate({ target: mailAccount.id, set: { account, updatedAt } }).run();
  });
}

export function deleteMailAccount(ctx: Ctx): void {
  writeTransaction(ctx.db.$client, () => {
    ctx.db.delete(mailAccount).where(eq(mailAccount.id, ID)).run();
  });
}
