import type { MenuItemConstructorOptions } from 'electron';
import { daysLate } from '../../shared/dates';
import type { NextDeadline, ReminderCounts } from '../../shared/reminders/schemas';
import type { AppTarget } from './appWindow';

export interface TrayMenuActions {
  open(target?: AppTarget): void;
  quit(): void;
}

export interface TrayMenuContext {
  /** Today in the brand's time zone (YYYY-MM-DD), to count days late. */
  today: string;
  platform: NodeJS.Platform;
  locale?: string;
}

const count = (n: number, what: string) => (n > 0 ? `${n} ${what}` : `Nothing ${what}`);

export function trayTooltip(counts: ReminderCounts): string {
  const parts = [counts.overdue > 0 && `${counts.overdue} overdue`, counts.dueToday > 0 && `${counts.dueToday} due today`].filter(Boolean);
  return `Followthrough — ${parts.length > 0 ? parts.join(', ') : 'nothing overdue or due today'}`;
}

/** The counts first (as labels), then the next deadlines (each opens its card), then the app. */
export function trayMenuTemplate(counts: ReminderCounts, context: TrayMenuContext, actions: TrayMenuActions): MenuItemConstructorOptions[] {
  const next = counts.next.map<MenuItemConstructorOptions>((deadline) => ({
    label: deadlineLabel(deadline, context),
    click: () => actions.open({ collaborationId: deadline.collaborationId }),
  }));
  return [
    { label: count(counts.overdue, 'overdue'), enabled: false },
    { label: count(counts.dueToday, 'due today'), enabled: false },
    { label: count(counts.dueThisWeek, 'due this week'), enabled: false },
    ...(next.length > 0 ? [{ type: 'separator' as const }, ...next] : []),
    { type: 'separator' },
    { label: 'Open Followthrough', click: () => actions.open() },
    { label: 'Calendar', click: () => actions.open({ page: 'calendar' }) },
    { type: 'separator' },
    { label: 'Quit', click: () => actions.quit() },
  ];
}

const MAX_LABEL = 70;

/** "Mia Chen: Publish video — 3 days late", "Your part, with Mia Chen: Deposit — due 24 Mar". */
export function deadlineLabel(d: NextDeadline, context: TrayMenuContext): string {
  const who = d.party === 'brand' ? `Your part, with ${d.creatorName}` : d.creatorName;
  const what = `${who}: ${d.name}`;
  const shortened = what.length > MAX_LABEL ? `${what.slice(0, MAX_LABEL - 1)}…` : what;
  // Windows and Linux menus read "&" as the mark of a keyboard shortcut; "&&" shows one "&".
  const safe = context.platform === 'darwin' ? shortened : shortened.replaceAll('&', '&&');
  return `${safe} — ${when(d, context)}`;
}

function when(d: NextDeadline, { today, locale = 'en-GB' }: TrayMenuContext): string {
  if (d.overdue) {
    const late = daysLate(d.dueDate, today);
    return late > 0 ? `${late} day${late === 1 ? '' : 's'} late` : 'overdue';
  }
  if (d.dueDate === today) return 'due today';
  // A calendar date, so it is formatted in UTC: the viewer's zone must not move it a day.
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${d.dueDate}T00:00:00Z`));
  return `due ${day}`;
}
