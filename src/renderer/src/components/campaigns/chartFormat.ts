// Axis ticks have little room: "12K" rather than "12,000". Tooltips show the full number.
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
export const compactCount = (n: number): string => compact.format(n);

// A series date is a calendar day (YYYY-MM-DD); read it as that day whatever the computer's zone.
const shortDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
export const shortDate = (isoDate: string): string => shortDay.format(new Date(`${isoDate}T00:00:00Z`));
