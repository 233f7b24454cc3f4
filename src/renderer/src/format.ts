import { differenceInCalendarDays, differenceInHours, format } from 'date-fns';

export { formatMoney } from '../../shared/money';

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]![0], parts[parts.length - 1]![0]] : [...(parts[0] ?? '?')].slice(0, 2);
  return letters.join('').toUpperCase();
}

/** "3 h", "5 d": how long a card has sat in its stage. */
export function stageAge(sinceIso: string, now: Date = new Date()): string {
  const since = new Date(sinceIso);
  const hours = Math.max(0, differenceInHours(now, since));
  if (hours < 24) return `${hours} h`;
  return `${Math.max(1, differenceInCalendarDays(now, since))} d`;
}

export function formatDateTime(iso: string): string {
  return format(new Date(iso), 'd MMM yyyy, HH:mm');
}

export function formatDate(isoDate: string): string {
  return format(new Date(`${isoDate}T12:00:00`), 'd MMM yyyy');
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat(undefined, { notation: n >= 10_000 ? 'compact' : 'standard' }).format(n);
}
