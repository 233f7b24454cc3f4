/*
 * Building an Intl.NumberFormat costs far more than using one, and a board of 10,000 cards formats
 * a fee per card and a total per column: each formatter is built once per currency and locale.
 */
const digitsByCurrency = new Map<string, number>();
const formatters = new Map<string, Intl.NumberFormat | null>();

/** How many minor-unit digits a currency has (EUR 2, JPY 0, BHD 3), from the platform's Intl data. */
export function currencyDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** null: the platform knows no such currency. */
function formatter(locale: string | undefined, currency: string, fraction: number, digits: number): Intl.NumberFormat | null {
  const key = `${locale ?? ''}|${currency}|${fraction}|${digits}`;
  let format = formatters.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: fraction, maximumFractionDigits: digits });
    } catch {
      format = null;
    }
    formatters.set(key, format);
  }
  return format;
}

export function formatMoney(minor: number, currency: string, locale?: string): string {
  const digits = currencyDigits(currency);
  const major = minor / 10 ** digits;
  // Whole amounts read cleaner without ".00"; anything else shows every digit ("1,250.50").
  const fraction = minor % 10 ** digits === 0 ? 0 : digits;
  return formatter(locale, currency, fraction, digits)?.format(major) ?? `${major.toFixed(digits)} ${currency}`;
}

/** A typed amount (e.g. 1000.5) in minor units, rounded to the currency's precision. */
export function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** currencyDigits(currency));
}

export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** currencyDigits(currency);
}
