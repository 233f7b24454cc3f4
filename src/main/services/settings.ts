import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { DEFAULT_NOTIFY } from '../../shared/reminders/settings';
import type { Settings, SettingsUpdateInput } from '../../shared/schemas';
import { settings } from '../db/schema';
import type { Ctx, Tx } from './context';
import { syncAllMilestones } from './deadlines';

function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function getSettings(ctx: Ctx, db: Ctx['db'] | Tx = ctx.db): Settings {
  const row = db.select().from(settings).where(eq(settings.id, 1)).get();
  if (row) {
    const { id: _id, ...fields } = row;
    return { ...fields, paper: row.paper === 'Letter' ? 'Letter' : 'A4', notify: { ...DEFAULT_NOTIFY, ...row.notify } };
  }
  return { brandName: '', senderName: '', timeZone: systemTimeZone(), currency: 'EUR', holidays: [], paper: 'A4', notify: DEFAULT_NOTIFY };
}

export function updateSettings(ctx: Ctx, input: z.output<typeof SettingsUpdateInput>): Settings {
  return ctx.db.transaction((tx) => {
    const before = getSettings(ctx, tx);
    // A field sent as undefined is a field not sent: it must not blank the stored value.
    const given = defined(input);
    const notify = { ...before.notify, ...defined(given.notify ?? {}), groups: { ...before.notify.groups, ...defined(given.notify?.groups ?? {}) } };
    const next = { ...before, ...given, notify };
    tx.insert(settings)
      .values({ id: 1, ...next })
      .onConflictDoUpdate({ target: settings.id, set: next })
      .run();
    // Working days and the end of a due date depend on these, so every deadline is recounted.
    if (next.timeZone !== before.timeZone || next.holidays.join() !== before.holidays.join()) syncAllMilestones(ctx, tx);
    return next;
  });
}

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
