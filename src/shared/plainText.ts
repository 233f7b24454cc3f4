/*
 * Text that leaves the app inside other formats. XML 1.0 (every part of a .docx) has no way to carry
 * C0 controls other than tab and line breaks, the non-characters U+FFFE and U+FFFF, or half of a
 * surrogate pair, not even escaped: one such character and Word refuses the whole file. iCalendar
 * text (RFC 5545 TEXT) allows no control characters either, only escaped line breaks.
 */

const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML 1.0 cannot hold; everything else is left as it is. */
export const xmlSafe = (text: string): string => text.replace(XML_ILLEGAL, '');

/** Every string inside a value (objects and arrays, deeply) passed through `clean`. */
export function mapStrings<T>(value: T, clean: (text: string) => string): T {
  if (typeof value === 'string') return clean(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, clean)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, clean)])) as T;
  }
  return value;
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * One calendar text property: line breaks kept (the calendar library escapes them), a tab becomes
 * a space, any other control character is dropped.
 */
export const icsText = (text: string): string => text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL, '');
