import type { MenuItemConstructorOptions } from 'electron';
import { daysLate } from '../../shared/dates';
import { deadlineName } from '../../shared/deadlines/names';
import type { Say } from '../../shared/i18n/createI18n';
import { INTL_TAGS } from '../../shared/i18n/locales';
import type { NextDeadline, ReminderCounts } from '../../shared/reminders/schemas';
import type { SaidIn } from '../../shared/reminders/words';
import type { AppTarget } from './appWindow';

export interface TrayMenuActions {
  open(target?: AppTarget): void;
  quit(): void;
}

export interface TrayMenuContext extends Pick<SaidIn, 't' | 'locale'> {
  /** Today in the brand's time zone (YYYY-MM-DD), to count days late. */
  today: string;
  platform: NodeJS.Platform;
}

const ns = 'reminders';

export function trayTooltip(counts: ReminderCounts, { t }: Pick<SaidIn, 't'>): string {
  const { overdue, dueToday: today } = counts;
  if (overdue > 0 && today > 0) return t('tray.tooltipBoth', { ns, overdue, today });
  if (overdue > 0) return t('tray.tooltipOverdue', { ns, overdue });
  return today > 0 ? t('tray.tooltipToday', { ns, today }) : t('tray.tooltipNone', { ns });
}

/** The counts first (as labels), then the next deadlines (each opens its card), then the app. */
export function trayMenuTemplate(counts: ReminderCounts, context: TrayMenuContext, actions: TrayMenuActions): MenuItemConstructorOptions[] {
  const { t } = context;
  const next = counts.next.map<MenuItemConstructorOptions>((deadline) => ({
    label: deadlineLabel(deadline, context),
    click: () => actions.open({ collaborationId: deadline.collaborationId }),
  }));
  return [
    { label: t('tray.overdue', { ns, count: counts.overdue }), enabled: false },
    { label: t('tray.dueToday', { ns, count: counts.dueToday }), enabled: false },
    { label: t('tray.dueThisWeek', { ns, count: counts.dueThisWeek }), enabled: false },
    ...(next.length > 0 ? [{ type: 'separator' as const }, ...next] : []),
    { type: 'separator' },
    { label: t('tray.open', { ns }), click: () => actions.open() },
    { label: t('tray.calendar', { ns }), click: () => actions.open({ page: 'calendar' }) },
    { type: 'separator' },
    { label: t('tray.quit', { ns }), click: () => actions.quit() },
  ];
}

const MAX_LABEL = 70;

/** "Mia Chen: Publish video — 3 days late", "Your part, with Mia Chen: Deposit — due 24 Mar". */
export function deadlineLabel(d: NextDeadline, context: TrayMenuContext): string {
  const say: Say = (key, params) => context.t(key as never, params as never) as unknown as string;
  const what = context.t('tray.deadline', { ns, party: d.party, creator: d.creatorName, name: deadlineName(d, say) });
  const shortened = what.length > MAX_LABEL ? `${what.slice(0, MAX_LABEL - 1)}…` : what;
  // Windows and Linux menus read "&" as the mark of a keyboard shortcut; "&&" shows one "&".
  const safe = context.platform === 'darwin' ? shortened : shortened.replaceAll('&', '&&');
  // The deadline is shortened to fit a menu, so its "when" is set after it rather than inside one message.
  return `${safe} — ${when(d, context)}`;
}

function when(d: NextDeadline, { today, t, locale }: TrayMenuContext): string {
  if (d.overdue) {
    const late = daysLate(d.dueDate, today);
    return late > 0 ? t('tray.daysLate', { ns, days: late }) : t('tray.overdueNow', { ns });
  }
  if (d.dueDate === today) return t('tray.dueTodayNow', { ns });
  // A calendar date, so it is formatted in UTC: the viewer's zone must not move it a day.
  const date = new Intl.DateTimeFormat(INTL_TAGS[locale], { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${d.dueDate}T00:00:00Z`));
  return t('tray.dueOn', { ns, date });
}
