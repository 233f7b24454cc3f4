import { analyse } from 'chardet';
import type { CsvEncoding } from '../../../shared/csv/schemas';

/*
 * A CSV file's bytes as text. Spreadsheets save CSV in the computer's legacy code page unless told
 * otherwise: Windows-1252 in Western Europe, GBK in mainland China, Big5 in Taiwan, Shift-JIS in
 * Japan. A byte order mark or valid UTF-8 settles it; otherwise each legacy encoding that reads
 * the bytes without error is scored by how plausible its text looks, with chardet's statistics to
 * break ties. chardet alone misjudges short files: its models need more text than a list of a few
 * names gives (two Chinese names in GBK come out as ISO-8859-1).
 */

export const REPLACEMENT = '\uFFFD';

const LEGACY: CsvEncoding[] = ['windows-1252', 'gb18030', 'big5', 'shift_jis'];

const CHARDET_NAMES: Record<string, CsvEncoding> = {
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  GB18030: 'gb18030',
  Big5: 'big5',
  Shift_JIS: 'shift_jis',
};

const BOMS: [CsvEncoding, number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

export interface EncodingChoice {
  encoding: CsvEncoding;
  bom: boolean;
  /** Other encodings that read the bytes without error, most likely first. */
  alternatives: CsvEncoding[];
}

function bomOf(bytes: Uint8Array): CsvEncoding | null {
  return BOMS.find(([, mark]) => mark.every((b, i) => bytes[i] === b))?.[0] ?? null;
}

/** The text in an encoding, or null when the bytes are not valid in it. */
function strictly(bytes: Uint8Array, encoding: CsvEncoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The text in an encoding; bytes it cannot read become U+FFFD, which the import then refuses. */
export function decodeAs(bytes: Uint8Array, encoding: CsvEncoding): string {
  // TextDecoder drops a byte order mark of its own encoding by default.
  return new TextDecoder(encoding).decode(bytes);
}

const isAsciiLetter = (ch: string | undefined) => ch !== undefined && /[A-Za-z]/.test(ch);

const LATIN_TEXT = /[\u00a0¡¢£¥§©«®°±²³´µ¶·º»¼½¾¿À-ÖØ-öø-ÿŒœŠšŽžŸƒ€‘’‚“”„†‡•…‰‹›™–—ˆ˜]/;
const CJK_TEXT = /[\u3000-\u303f\u3040-\u30ff\u4e00-\u9fff\uff01-\uff60“”‘’…—·]/;

/** Byte pairs outside the block everyday text uses: GB2312's rows in GBK, the main rows in Big5, kana and JIS kanji in Shift-JIS. */
const COMMON_PAIR: Partial<Record<CsvEncoding, (lead: number, trail: number) => boolean>> = {
  gb18030: (lead, trail) => lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1,
  big5: (lead) => lead >= 0xa1 && lead <= 0xf9,
  shift_jis: (lead) => (lead >= 0x81 && lead <= 0x84) || (lead >= 0x88 && lead <= 0x9f) || (lead >= 0xe0 && lead <= 0xea),
};

/** How many multi-byte characters come from the rarely used parts of a CJK encoding. */
function rarePairs(bytes: Uint8Array, encoding: CsvEncoding): number {
  const common = COMMON_PAIR[encoding];
  if (!common) return 0;
  let rare = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
    } else if (encoding === 'shift_jis' && lead >= 0xa1 && lead <= 0xdf) {
      // Half-width katakana, one byte each: long gone from everyday files.
      rare += 1;
      i += 1;
    } else if (encoding === 'gb18030' && bytes[i + 1]! >= 0x30 && bytes[i + 1]! <= 0x39) {
      // GB18030's four-byte sequences: characters GBK never had.
      rare += 1;
      i += 4;
    } else {
      if (!common(lead, bytes[i + 1] ?? 0)) rare += 1;
      i += 2;
    }
  }
  return rare;
}

/**
 * The share of non-ASCII characters that would be odd in text written in that encoding. Latin
 * text has its accented letters one at a time inside words; the same bytes read as GBK or Big5
 * make ideographs wedged between Latin letters, or from the rarely used parts of the encoding,
 * and CJK bytes read as Windows-1252 make runs of accented letters no language writes.
 */
function oddness(bytes: Uint8Array, text: string, encoding: CsvEncoding): number {
  const chars = [...text];
  let foreign = 0;
  let odd = rarePairs(bytes, encoding);
  let run = 0;
  const flush = () => {
    if (run >= 3) odd += run;
    run = 0;
  };
  chars.forEach((ch, i) => {
    if (ch.charCodeAt(0) < 0x80) {
      flush();
      return;
    }
    foreign += 1;
    if (encoding === 'windows-1252') {
      run += 1;
      if (!LATIN_TEXT.test(ch)) odd += 1;
    } else if (!CJK_TEXT.test(ch) || (isAsciiLetter(chars[i - 1]) && isAsciiLetter(chars[i + 1]))) {
      odd += 1;
    }
  });
  flush();
  return foreign === 0 ? 0 : Math.min(1, odd / foreign);
}

// Enough lines to judge by; scoring the whole of a 50 MB export would take the better part of a minute.
const SAMPLE_BYTES = 64 * 1024;

/**
 * The first lines of the file, cut after a line feed: in every legacy encoding here a 0x0A byte is
 * a line feed and never half of a character, so the cut splits no character.
 */
function firstLines(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE_BYTES) return bytes;
  const end = bytes.lastIndexOf(0x0a, SAMPLE_BYTES);
  return bytes.subarray(0, end > 0 ? end + 1 : SAMPLE_BYTES);
}

/** Which encoding the bytes are most likely in, and which others could read them. */
export function detectEncoding(whole: Uint8Array): EncodingChoice {
  const bom = bomOf(whole);
  if (bom) return { encoding: bom, bom: true, alternatives: [] };
  // UTF-8 is checked on every byte (fast, and one stray byte anywhere rules it out).
  if (strictly(whole, 'utf-8') !== null) return { encoding: 'utf-8', bom: false, alternatives: [] };
  const bytes = firstLines(whole);
  const confidence = new Map<CsvEncoding, number>();
  for (const match of analyse(bytes)) {
    const encoding = CHARDET_NAMES[match.name];
    if (encoding && !confidence.has(encoding)) confidence.set(encoding, match.confidence);
  }
  const ranked = LEGACY.flatMap((encoding, order) => {
    const text = strictly(bytes, encoding);
    // Windows-1252 reads every byte; the five it leaves undefined come out as C1 controls.
    if (text === null || (encoding === 'windows-1252' && /[\u0080-\u009f]/.test(text))) return [];
    return [{ encoding, odd: oddness(bytes, text, encoding), confidence: confidence.get(encoding) ?? 0, order }];
  }).sort((a, b) => a.odd - b.odd || b.confidence - a.confidence || a.order - b.order);
  const [best, ...rest] = ranked.map((r) => r.encoding);
  // Nothing reads the bytes cleanly: UTF-8 marks what it cannot read, and the preview lists those cells.
  if (!best) return { encoding: 'utf-8', bom: false, alternatives: LEGACY };
  return { encoding: best, bom: false, alternatives: rest };
}
