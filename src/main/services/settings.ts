import { eq } from 'drizzle-orm';
import { LanguageChoice } from '../../shared/i18n/locales';
import { DEFAULT_NOTIFY } from '../../shared/reminders/settings';
import type { Settings } from '../../shared/schemas';
import { settings } from '../db/schema';
import type { Ctx, Tx } from './context';

function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const languageChoice = (stored: string): LanguageChoice => LanguageChoice.safeParse(stored).data ?? 'system';

/** The settings as stored, with defaults for what was never set. Changing them is in settingsUpdate.ts. */
export function getSettings(ctx: Ctx, db: Ctx['db'] | Tx = ctx.db): Settings {
  const row = db.select().from(settings).where(eq(settings.id, 1)).get();
  if (row) {
    const { id: _id, ...fields } = row;
    return { ...fields, paper: row.paper === 'Letter' ? 'Letter' : 'A4', notify: { ...DEFAULT_NOTIFY, ...row.notify, groups: { ...DEFAULT_NOTIFY.groups, ...row.notify?.groups } }, language: languageChoice(row.language) };
  }
  return { brandName: '', senderName: '', timeZone: systemTimeZone(), currency: 'EUR', holidays: [], paper: 'A4', notify: DEFAULT_NOTIFY, language: 'system' };
}
