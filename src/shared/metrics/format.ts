import { formatMoney } from '../money';

/*
 * How performance numbers read in tables and reports: unknown is "—", never NaN. The pages pass the
 * interface's Intl tag; without one they read as the printed report always has.
 */

const separators = new Map<string, string>();
function decimalSeparator(locale: string): string {
  let separator = separators.get(locale);
  if (separator === undefined) {
    separator = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
    separators.set(locale, separator);
  }
  return separator;
}

// toFixed rather than Intl: Intl rounds 1.005 up where toFixed (and so every report printed so far) rounds it down.
const fixed = (n: number, digits: number, locale: string): string => n.toFixed(digits).replace('.', decimalSeparator(locale));

export const showCount = (n: number | null, locale = 'en-US'): string => (n === null ? '—' : Math.round(n).toLocaleString(locale));
export const showPct = (n: number | null, locale = 'en-US', digits = 2): string => (n === null ? '—' : `${fixed(n, digits, locale)} %`);
export const showMoney = (minor: number | null, currency: string, locale?: string): string => (minor === null ? '—' : formatMoney(Math.round(minor), currency, locale));
