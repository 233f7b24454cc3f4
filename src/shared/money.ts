/** How many minor-unit digits a currency has (EUR 2, JPY 0, BHD 3), from the platform's Intl data. */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function formatMoney(minor: number, currency: string, locale?: string): string {
  const digits = currencyDigits(currency);
  const major = minor / 10 ** digits;
  // Whole amounts read cleaner without ".00"; anything else shows every digit ("1,250.50").
  const fraction = minor % 10 ** digits === 0 ? 0 : digits;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: fraction, maximumFractionDigits: digits }).format(major);
  } catch {
    return `${major.toFixed(digits)} ${currency}`;
  }
}

/** A typed amount (e.g. 1000.5) in minor units, rounded to the currency's precision. */
export function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** currencyDigits(currency));
}

export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** currencyDigits(currency);
}
