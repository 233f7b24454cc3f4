import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Settings, SettingsUpdateInput } from '../../shared/schemas';
import { settings } from '../db/schema';
import type { Ctx } from './context';

function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function getSettings(ctx: Ctx): Settings {
  const row = ctx.db.select().from(settings).where(eq(settings.id, 1)).get();
  if (row) return { brandName: row.brandName, senderName: row.senderName, timeZone: row.timeZone, currency: row.currency };
  return { brandName: '', senderName: '', timeZone: systemTimeZone(), currency: 'EUR' };
}

export function updateSettings(ctx: Ctx, input: z.output<typeof SettingsUpdateInput>): Settings {
  const next = { ...getSettings(ctx), ...input };
  ctx.db
    .insert(settings)
    .values({ id: 1, ...next })
    .onConflictDoUpdate({ target: settings.id, set: next })
    .run();
  return next;
}
