import { PLATFORM_LABELS, PLATFORMS, REGIONS } from '../../../../shared/platforms';

export const platformOptions = PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] }));

export const regionOptions = REGIONS.map((r) => ({ value: r, label: r === 'other' ? 'Other' : r }));

// The list holds canonical zone names only, without "UTC", which a machine set to UTC reports.
export const timeZoneOptions: string[] = (() => {
  try {
    return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
  } catch {
    return ['UTC'];
  }
})();

export const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'CNY', 'JPY', 'CHF', 'SEK', 'DKK', 'NOK', 'PLN', 'CAD', 'AUD', 'HKD', 'SGD'];

/** Empty text fields mean "not set" to the API. */
export const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export const numberOrNull = (value: number | string): number | null =>
  value === '' || value === null || value === undefined ? null : Number(value);
