import type { z } from 'zod';
import type { Settings, SettingsUpdateInput } from '../../shared/schemas';
import { settings } from '../db/schema';
import type { Ctx } from './context';
import { syncAllMilestones } from './deadlines';
import { getSettings } from './settings';

/*
 * Apart from reading the settings: deadlines read the time zone and holidays, and a change of
 * either recounts every deadline, so reading sits below the deadlines and changing above them.
 */

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
