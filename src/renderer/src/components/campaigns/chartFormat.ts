import { currentIntlTag, currentLocale } from '../../i18n';

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formats.get(key);
  if (!format) formats.set(key, (format = make()));
  return format as T;
}

// Axis ticks have little room: "12K" rather than "12,000". Tooltips show the full number. British
// English writes "12k"; the English axes keep the capital they have always had.
export const compactCount = (n: number): string => {
  const tag = currentLocale() === 'en' ? 'en-US' : currentIntlTag();
  return cached(`compact|${tag}`, () => new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 })).format(n);
};

// A series date is a calendar day (YYYY-MM-DD); read it as that day whatever the computer's zone.
export const shortDate = (isoDate: string): string => {
  const tag = currentIntlTag();
  return cached(`day|${tag}`, () => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', timeZone: 'UTC' })).format(new Date(`${isoDate}T00:00:00Z`));
};
