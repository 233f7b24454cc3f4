/*
 * A mailbox export (.mbox, as Thunderbird, Apple Mail and Google Takeout write it) is mails one
 * after another, each opened by a "From " line; a body line that began with "From " was written
 * as ">From " (mboxrd adds one ">" to every ">…From " line, mboxo only to "From "). The bytes are
 * walked line by line, so a large export never meets one pattern over its whole length, and each
 * mail keeps its own bytes for the parser to read in its own character set.
 */

export interface MboxPart {
  /** Its place in the file, from 1. */
  index: number;
  bytes: Buffer;
  /** The date on its "From " line, when it has one: a mail without a Date header is dated by it. */
  fromLineDate: string | null;
}

const LF = 0x0a;
const FROM = Buffer.from('From ');
const NEWLINE = Buffer.from('\n');

/** Whether the bytes are a mailbox export rather than one mail: a mail opens with headers ("From:"), an export with "From ". */
export function isMbox(bytes: Buffer): boolean {
  return bytes.subarray(0, FROM.length).equals(FROM);
}

const isBlank = (line: Buffer): boolean => line.length === 0 || (line.length === 1 && line[0] === 0x0d);

/** ">From " (or ">>From ", mboxrd) as written in a body: one ">" less gives the line back. */
function unescaped(line: Buffer): Buffer {
  let quotes = 0;
  while (line[quotes] === 0x3e) quotes++;
  return quotes > 0 && line.subarray(quotes, quotes + FROM.length).equals(FROM) ? line.subarray(1) : line;
}

/** The mails of a mailbox export, in file order. A "From " line counts as a separator at the start or after a blank line. */
export function* splitMbox(bytes: Buffer): Generator<MboxPart> {
  let lines: Buffer[] = [];
  let fromLineDate: string | null = null;
  let index = 0;
  let previousBlank = true;
  let started = false;
  const part = (): MboxPart => ({ index, bytes: Buffer.concat(lines), fromLineDate });
  for (let start = 0; start < bytes.length; ) {
    const end = bytes.indexOf(LF, start);
    const next = end === -1 ? bytes.length : end + 1;
    const line = bytes.subarray(start, end === -1 ? bytes.length : end);
    if (previousBlank && line.subarray(0, FROM.length).equals(FROM)) {
      if (started) yield part();
      started = true;
      index += 1;
      lines = [];
      fromLineDate = dateOfFromLine(line.toString('latin1'));
    } else if (started) {
      lines.push(unescaped(line), NEWLINE);
    }
    previousBlank = isBlank(line);
    start = next;
  }
  if (started) yield part();
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * The "From " line's date, as `asctime` writes it after the sender ("Sat Mar  7 10:00:00 2026"),
 * UTC unless an offset comes before the year ("+0100 2026"); null when it has none that reads.
 */
export function dateOfFromLine(line: string): string | null {
  const words = line.trim().split(/\s+/);
  const at = words.findIndex((w, i) => WEEKDAYS.includes(w) && MONTHS.includes(words[i + 1] ?? ''));
  if (at < 0) return null;
  const [month = '', day = '', time = '', zoneOrYear = '', yearAfterZone] = words.slice(at + 1);
  const hasZone = !/^\d{4}$/.test(zoneOrYear);
  const year = hasZone ? (yearAfterZone ?? '') : zoneOrYear;
  const zone = hasZone ? zoneOrYear : 'UTC';
  const [hour = '', minute = '', second = '00', ...more] = time.split(':');
  const clockReads = more.length === 0 && /^\d{1,2}$/.test(hour) && /^\d{2}$/.test(minute) && /^\d{2}$/.test(second);
  const offset = /^([+-])(\d{2})(\d{2})$/.exec(zone);
  if (!clockReads || !/^\d{1,2}$/.test(day) || !/^\d{4}$/.test(year) || !(offset || zone === 'UTC' || zone === 'GMT')) return null;
  const minutesAhead = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  const asWritten = Date.UTC(Number(year), MONTHS.indexOf(month), Number(day), Number(hour), Number(minute), Number(second));
  // A day the month does not have (Feb 30) or an hour past 23 rolls over: not a date that reads.
  if (new Date(asWritten).getUTCDate() !== Number(day) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 60) return null;
  return new Date(asWritten - minutesAhead * 60_000).toISOString();
}
