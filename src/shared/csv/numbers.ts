import type { NumberFormat } from './schemas';

/*
 * Numbers as spreadsheets write them in one of two conventions: 1,234.5 (English, Chinese) or
 * 1.234,5 (Dutch and most of Europe). The file's convention is chosen once; a cell that only reads
 * in the other one is refused with both readings, never quietly read the other way.
 */

interface Marks {
  group: RegExp;
  decimal: string;
}

// Spaces (plain, no-break, narrow no-break) group digits in both conventions.
const MARKS: Record<NumberFormat, Marks> = {
  '1,234.5': { group: /[,\u00a0\u202f ]/, decimal: '.' },
  '1.234,5': { group: /[.\u00a0\u202f ]/, decimal: ',' },
};

export const otherFormat = (format: NumberFormat): NumberFormat => (format === '1,234.5' ? '1.234,5' : '1,234.5');

/** "12,400", "1 234 567": digit groups of three after the first, each part checked on its own. */
function wholeDigits(text: string, group: RegExp): string | null {
  if (/^\d+$/.test(text)) return text;
  const groups = text.split(group);
  if (groups.length > 1 && /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g))) return groups.join('');
  return null;
}

export interface ReadNumber {
  /** The digits before the decimal mark, without separators. */
  whole: string;
  /** The digits after it ("" when there is none). */
  fraction: string;
}

/** A non-negative number in one convention, or null when the text is not one in it. */
export function readNumber(text: string, format: NumberFormat): ReadNumber | null {
  const { group, decimal } = MARKS[format];
  const at = text.indexOf(decimal);
  const wholePart = at < 0 ? text : text.slice(0, at);
  const fraction = at < 0 ? '' : text.slice(at + 1);
  if (at >= 0 && !/^\d+$/.test(fraction)) return null;
  const whole = wholeDigits(wholePart, group);
  return whole === null ? null : { whole, fraction };
}

/** "12400" or "12.5": a reading written plainly, for a message that shows it. */
export const plainNumber = (n: ReadNumber): string => `${n.whole.replace(/^0+(?=\d)/, '')}${n.fraction ? `.${n.fraction}` : ''}`;

const NUMBERISH = /^[€$£¥]?\s?[\d.,\u00a0\u202f ]*\d[\d.,\u00a0\u202f ]*\s?[€$£¥]?$/;

/**
 * The convention a file's cells give away: a cell that reads in one convention only counts for it
 * ("1.234,5", "12,5" for 1.234,5; "12.5", "1,234.5" for 1,234.5). "12.400" reads in both and tells
 * nothing. With no evidence either way, a file separated by semicolons (as Excel saves CSV where
 * the comma is the decimal mark) is taken as 1.234,5, anything else as 1,234.5.
 */
export function guessNumberFormat(
  rows: readonly { line: number; cells: readonly string[] }[],
  delimiter: string,
): { format: NumberFormat; evidence: { line: number; value: string } | null } {
  const votes: Record<NumberFormat, number> = { '1,234.5': 0, '1.234,5': 0 };
  const first: Partial<Record<NumberFormat, { line: number; value: string }>> = {};
  for (const { line, cells } of rows) {
    for (const cell of cells) {
      const text = cell.trim();
      if (!/[.,]/.test(text) || !NUMBERISH.test(text)) continue;
      const bare = text.replace(/^[€$£¥]\s?|\s?[€$£¥]$/g, '');
      const en = readNumber(bare, '1,234.5') !== null;
      const nl = readNumber(bare, '1.234,5') !== null;
      if (en === nl) continue;
      const format: NumberFormat = en ? '1,234.5' : '1.234,5';
      votes[format] += 1;
      first[format] ??= { line, value: text };
    }
  }
  if (votes['1,234.5'] !== votes['1.234,5']) {
    const format: NumberFormat = votes['1,234.5'] > votes['1.234,5'] ? '1,234.5' : '1.234,5';
    return { format, evidence: first[format]! };
  }
  return { format: delimiter === ';' ? '1.234,5' : '1,234.5', evidence: null };
}
