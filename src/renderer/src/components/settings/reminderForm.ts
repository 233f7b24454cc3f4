import { DEFAULT_NOTIFY, type NotifySettings, type ReminderGroup } from '../../../../shared/reminders/settings';
import { i18n } from '../../i18n';

/** Settings → Reminders as the form holds it: quiet hours as a switch and two times, hours as text. */
export interface ReminderFormValues {
  groups: Record<ReminderGroup, boolean>;
  leadHours: string[];
  quiet: boolean;
  quietFrom: string;
  quietTo: string;
  closeToTray: boolean;
  openAtLogin: boolean;
}

export function toFormValues(notify: NotifySettings): ReminderFormValues {
  // Switching quiet hours back on starts from the usual evening-to-morning times.
  const quiet = notify.quietHours ?? DEFAULT_NOTIFY.quietHours!;
  return {
    groups: notify.groups,
    leadHours: notify.leadHours.map(String),
    quiet: notify.quietHours !== null,
    quietFrom: quiet.from,
    quietTo: quiet.to,
    closeToTray: notify.closeToTray,
    openAtLogin: notify.openAtLogin,
  };
}

export function toNotify(v: ReminderFormValues) {
  return {
    groups: v.groups,
    leadHours: v.leadHours.map(Number),
    quietHours: v.quiet ? { from: v.quietFrom, to: v.quietTo } : null,
    closeToTray: v.closeToTray,
    openAtLogin: v.openAtLogin,
  };
}

/**
 * Puts each problem next to the field that caused it, whether it comes from the form's own check
 * (`quietHours.from`) or from the app (`notify.quietHours.from`). Start and end being the same is
 * a problem of the pair, shown under the end time.
 */
export function toFormFields(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const key = path.replace(/^notify\./, '');
    const field =
      key === 'quietHours.from' ? 'quietFrom' : key === 'quietHours' || key === 'quietHours.to' ? 'quietTo' : key.startsWith('leadHours') ? 'leadHours' : key;
    out[field] ??= message;
  }
  return out;
}

export const LEAD_PRESETS = [72, 48, 24, 12, 2];

const leadLabel = (h: number) =>
  h % 24 === 0 ? i18n.t('settings:reminders.daysBefore', { count: h / 24 }) : i18n.t('settings:reminders.hoursBefore', { count: h });

/** The presets, plus any other lead time already chosen, longest first. */
export function leadOptions(chosen: string[]): { value: string; label: string }[] {
  const hours = [...new Set([...LEAD_PRESETS, ...chosen.map(Number).filter((h) => Number.isInteger(h) && h > 0)])].sort((a, b) => b - a);
  return hours.map((h) => ({ value: String(h), label: leadLabel(h) }));
}
