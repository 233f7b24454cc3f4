import { Code, Group, Loader, Radio, Select, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CSV_ENCODINGS, type CsvEncoding, type CsvReading, NUMBER_FORMATS, type NumberFormat } from '../../../../shared/csv/schemas';

interface Props {
  reading: CsvReading;
  numberFormat: NumberFormat;
  onEncoding: (encoding: CsvEncoding) => void;
  onNumberFormat: (format: NumberFormat) => void;
  /** A new encoding is being read. */
  busy: boolean;
}

// The formats themselves hold dots and commas, which a catalog key cannot.
const FORMAT_KEYS = { '1,234.5': 'reading.format.comma', '1.234,5': 'reading.format.point' } as const satisfies Record<NumberFormat, string>;

function guessWords(t: TFunction<'importExport'>, reading: CsvReading): string {
  if (reading.numberEvidence) return t('reading.guessFrom', { value: reading.numberEvidence.value, line: reading.numberEvidence.line });
  return reading.numberFormat === '1.234,5' ? t('reading.guessSemicolons') : t('reading.guessDefault');
}

/**
 * Step 2, before the columns: how the file's bytes read (encoding, for a chosen file) and how it
 * writes numbers. Both are the user's choice, each with the app's guess.
 */
export function ReadingPanel({ reading, numberFormat, onEncoding, onNumberFormat, busy }: Props) {
  const { t } = useTranslation('importExport');
  const shown = reading.options[0];
  const likely = new Set(reading.options.map((o) => o.encoding));
  const encodings = [...CSV_ENCODINGS].sort((a, b) => Number(likely.has(b)) - Number(likely.has(a)));
  return (
    <Stack gap="sm" data-testid="file-reading">
      {reading.encoding !== null && (
        <Group align="flex-end" gap="sm">
          <Select
            label={t('reading.encodingLabel')}
            description={reading.bom ? t('reading.encodingFromBom') : t('reading.encodingDetected')}
            data={encodings.map((e) => ({ value: e, label: e === reading.detected ? t('reading.detected', { encoding: t(`encoding.${e}`) }) : t(`encoding.${e}`) }))}
            value={reading.encoding}
            onChange={(v) => v && onEncoding(v as CsvEncoding)}
            allowDeselect={false}
            w={420}
          />
          {busy && <Loader size="xs" aria-label={t('reading.rereading')} />}
        </Group>
      )}
      {shown && (
        <div>
          <Text size="sm" fw={500}>
            {t('reading.firstLines')}
          </Text>
          <Code block data-testid="file-sample" style={{ maxHeight: 140, overflow: 'auto', whiteSpace: 'pre' }}>
            {shown.sample.join('\n')}
          </Code>
          {shown.unreadable > 0 && (
            <Text size="xs" c="red" mt={4} role="alert">
              {t('reading.unreadable', { count: shown.unreadable, encoding: t(`encoding.${shown.encoding}`) })}
            </Text>
          )}
        </div>
      )}
      <Radio.Group label={t('reading.numbersLabel')} description={guessWords(t, reading)} value={numberFormat} onChange={(v) => onNumberFormat(v as NumberFormat)}>
        <Group mt={6} gap="xl">
          {NUMBER_FORMATS.map((f) => (
            <Radio key={f} value={f} label={t(FORMAT_KEYS[f])} />
          ))}
        </Group>
      </Radio.Group>
    </Stack>
  );
}
