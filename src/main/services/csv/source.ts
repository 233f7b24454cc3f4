import type { z } from 'zod';
import type { CsvEncoding, CsvReadInput, CsvReading } from '../../../shared/csv/schemas';
import { badField } from '../errors';
import { decodeAs, detectEncoding, REPLACEMENT } from './decode';
import { guessFormat, NO_HEADER, parseCsv } from './readCsv';
import { problem } from '../../../shared/i18n/problems';

type Source = z.output<typeof CsvReadInput>;

export interface CsvText {
  text: string;
  /** Null for text sent as text. */
  encoding: CsvEncoding | null;
  detected: CsvEncoding | null;
  bom: boolean;
  alternatives: CsvEncoding[];
  bytes: Uint8Array | null;
}

/**
 * The file as text: as sent, or its bytes decoded in the encoding chosen (else the one detected).
 * `detect` also works out the likely encodings when one was chosen, for showing them.
 */
export function csvText(source: Source, detect = false): CsvText {
  if (source.base64 === undefined) return { text: source.csv ?? '', encoding: null, detected: null, bom: false, alternatives: [], bytes: null };
  const bytes = new Uint8Array(Buffer.from(source.base64, 'base64'));
  if (bytes.length === 0) throw badField(['base64'], problem('field.fileEmpty'));
  const found = source.encoding === undefined || detect ? detectEncoding(bytes) : null;
  const encoding = source.encoding ?? found!.encoding;
  return { text: decodeAs(bytes, encoding), encoding, detected: found?.encoding ?? null, bom: found?.bom ?? false, alternatives: found?.alternatives ?? [], bytes };
}

const SAMPLE_LINES = 5;
const firstLines = (text: string) =>
  text
    .split(/\r\n|\n|\r/, SAMPLE_LINES)
    .filter((line, i, all) => line !== '' || all.slice(i).some((l) => l !== ''))
    .map((line) => (line.length > 200 ? `${line.slice(0, 200)}…` : line));
const countUnreadable = (text: string) => text.split(REPLACEMENT).length - 1;

/**
 * How the file reads before any column is chosen: the encoding used and the other likely ones,
 * each with its first lines, the columns with the first row, and the number format it appears to use.
 */
export function readCsvFile(source: Source): CsvReading {
  const file = csvText(source, true);
  const parsed = parseCsv(file.text);
  if (!parsed.header) throw badField([source.base64 === undefined ? 'csv' : 'base64'], NO_HEADER);
  const columns = parsed.header.map((h) => h.trim());
  const first = parsed.data[0] ?? [];
  const guess = guessFormat(parsed);
  const others = [file.detected, ...file.alternatives].filter((e): e is CsvEncoding => e !== null && e !== file.encoding);
  const options =
    file.encoding === null || file.bytes === null
      ? []
      : [file.encoding, ...others].map((encoding) => {
          const text = encoding === file.encoding ? file.text : decodeAs(file.bytes!, encoding);
          return { encoding, sample: firstLines(text), unreadable: countUnreadable(text) };
        });
  return {
    encoding: file.encoding,
    detected: file.detected,
    bom: file.bom,
    options,
    columns,
    firstRow: Object.fromEntries(columns.map((c, i) => [c, (first[i] ?? '').trim()])),
    numberFormat: guess.format,
    numberEvidence: guess.evidence,
  };
}
