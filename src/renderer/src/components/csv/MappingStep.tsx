import { StepFooter } from './StepFooter';
import { Button, Divider, Loader, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { IMPORT_FIELDS } from '../../../../shared/csv/fields';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, CsvReading, ImportKind, ImportPreview } from '../../../../shared/csv/schemas';
import { useFieldLabels } from './fieldLabels';
import { PreviewStatus } from './PreviewStatus';
import { previewProblems } from './usePreview';

/** The columns as the file reads, and the first row under them. */
type CsvHeader = Pick<CsvReading, 'columns' | 'firstRow'>;

interface Props {
  kind: ImportKind;
  header: CsvHeader;
  /** How the file reads (encoding, number format), shown above the columns. */
  reading: ReactNode;
  mapping: ColumnMapping;
  onMapping: (mapping: ColumnMapping) => void;
  preview: { data: ImportPreview | undefined; error: Error | null; isFetching: boolean };
  onBack: () => void;
  onNext: () => void;
}

/** Step 2: which column holds each field, guessed from the headers; every change is read again. */
export function MappingStep({ kind, header, reading, mapping, onMapping, preview, onBack, onNext }: Props) {
  const { t } = useTranslation('importExport');
  const labels = useFieldLabels();
  const firstValue = (column: string | null) => {
    if (column === null) return undefined;
    const value = header.firstRow[column];
    return value ? t('mapping.firstRow', { value: value.length > 60 ? `${value.slice(0, 60)}…` : value }) : t('mapping.firstRowEmpty');
  };
  const problems = previewProblems(preview.error);
  // Mantine's Select needs unique, non-empty values; a blank or repeated header cannot be chosen by name anyway.
  const columns = [...new Set(header.columns.filter((c) => c !== ''))];
  const used = new Set(Object.values(mapping));
  const unused = columns.filter((c) => !used.has(c));
  const labelOf = Object.fromEntries(IMPORT_FIELDS[kind].map((f) => [f.field, labels.short(f)]));
  // A column already given to another field is marked, so it is not read twice by mistake.
  const optionsFor = (field: string) =>
    columns.map((c) => {
      const other = Object.entries(mapping).find(([f, col]) => f !== field && col === c)?.[0];
      return { value: c, label: other ? t('mapping.usedFor', { column: c, field: labelOf[other] }) : c };
    });
  const ready = preview.data !== undefined && preview.error === null && !preview.isFetching;

  return (
    <Stack gap="md">
      {reading}
      <Divider />
      <Text size="sm">
        {t('mapping.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
        {IMPORT_FIELDS[kind].map((f) => (
          <Select
            key={f.field}
            label={labels.label(f)}
            withAsterisk={f.required}
            aria-required={f.required || undefined}
            placeholder={t('mapping.notInFile')}
            data={optionsFor(f.field)}
            value={mapping[f.field] ?? null}
            onChange={(column) => onMapping({ ...mapping, [f.field]: column })}
            description={firstValue(mapping[f.field] ?? null)}
            // Under the input, so the inputs of a row line up whether or not their field has a column.
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            error={problems.byField[f.field]}
            clearable={!f.required}
            allowDeselect={!f.required}
          />
        ))}
      </SimpleGrid>
      {unused.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('mapping.notImported', { columns: unused.join(', ') })}
        </Text>
      )}
      <StepFooter problem={problems.general ? { title: t('file.unreadable'), message: problems.general } : null} onBack={onBack}>
        {preview.isFetching ? <Loader size="xs" aria-label={t('file.reading')} /> : preview.data && !preview.error && <PreviewStatus preview={preview.data} />}
        <Button rightSection={<IconArrowRight size={16} />} onClick={onNext} disabled={!ready}>
          {t('mapping.next')}
        </Button>
      </StepFooter>
    </Stack>
  );
}
