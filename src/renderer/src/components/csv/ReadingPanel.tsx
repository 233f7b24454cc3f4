import { Code, Group, Loader, Radio, Select, Stack, Text } from '@mantine/core';
import { CSV_ENCODINGS, type CsvEncoding, type CsvReading, ENCODING_LABELS, NUMBER_FORMATS, type NumberFormat } from '../../../../shared/csv/schemas';

interface Props {
  reading: CsvReading;
  numberFormat: NumberFormat;
  onEncoding: (encoding: CsvEncoding) => void;
  onNumberFormat: (format: NumberFormat) => void;
  /** A new encoding is being read. */
  busy: boolean;
}

const FORMAT_LABELS: Record<NumberFormat, string> = {
  '1,234.5': '1,234.5 (comma groups thousands, point for decimals)',
  '1.234,5': '1.234,5 (point groups thousands, comma for decimals)',
};

function guessWords(reading: CsvReading): string {
  if (reading.numberEvidence) return `Guessed from “${reading.numberEvidence.value}” on line ${reading.numberEvidence.line}.`;
  return reading.numberFormat === '1.234,5'
    ? 'Nothing in the file settles it; its columns are separated by semicolons, as where the comma is the decimal mark. Check a number above.'
    : 'Nothing in the file settles it. Check a number above: under 1,234.5, “12.400” is twelve point four and is refused as a count.';
}

/**
 * Step 2, before the columns: how the file's bytes read (encoding, for a chosen file) and how it
 * writes numbers. Both are the user's choice, each with the app's guess.
 */
export function ReadingPanel({ reading, numberFormat, onEncoding, onNumberFormat, busy }: Props) {
  const shown = reading.options[0];
  const likely = new Set(reading.options.map((o) => o.encoding));
  const encodings = [...CSV_ENCODINGS].sort((a, b) => Number(likely.has(b)) - Number(likely.has(a)));
  return (
    <Stack gap="sm" data-testid="file-reading">
      {reading.encoding !== null && (
        <Group align="flex-end" gap="sm">
          <Select
            label="Text encoding"
            description={reading.bom ? 'The file names its encoding itself.' : 'Detected from the file; pick another if names look wrong below.'}
            data={encodings.map((e) => ({ value: e, label: `${ENCODING_LABELS[e]}${e === reading.detected ? ' — detected' : ''}` }))}
            value={reading.encoding}
            onChange={(v) => v && onEncoding(v as CsvEncoding)}
            allowDeselect={false}
            w={420}
          />
          {busy && <Loader size="xs" aria-label="Reading the file again" />}
        </Group>
      )}
      {shown && (
        <div>
          <Text size="sm" fw={500}>
            The first lines, as read:
          </Text>
          <Code block data-testid="file-sample" style={{ maxHeight: 140, overflow: 'auto', whiteSpace: 'pre' }}>
            {shown.sample.join('\n')}
          </Code>
          {shown.unreadable > 0 && (
            <Text size="xs" c="red" mt={4} role="alert">
              {shown.unreadable === 1 ? '1 character' : `${shown.unreadable} characters`} cannot be read as {ENCODING_LABELS[shown.encoding]} (shown as �): choose
              another encoding.
            </Text>
          )}
        </div>
      )}
      <Radio.Group label="Numbers in this file" description={guessWords(reading)} value={numberFormat} onChange={(v) => onNumberFormat(v as NumberFormat)}>
        <Group mt={6} gap="xl">
          {NUMBER_FORMATS.map((f) => (
            <Radio key={f} value={f} label={FORMAT_LABELS[f]} />
          ))}
        </Group>
      </Radio.Group>
    </Stack>
  );
}
