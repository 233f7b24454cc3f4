import { StepFooter } from './StepFooter';
import { Button, Divider, Loader, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { IMPORT_FIELDS } from '../../../../shared/csv/fields';
import type { ReactNode } from 'react';
import type { ColumnMapping, CsvReading, ImportKind, ImportPreview } from '../../../../shared/csv/schemas';
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

const firstValue = (header: CsvHeader, column: string | null) => {
  if (column === null) return undefined;
  const value = header.firstRow[column];
  return value ? `First row: “${value.length > 60 ? `${value.slice(0, 60)}…` : value}”` : 'Empty in the first row';
};

/** Step 2: which column holds each field, guessed from the headers; every change is read again. */
export function MappingStep({ kind, header, reading, mapping, onMapping, preview, onBack, onNext }: Props) {
  const problems = previewProblems(preview.error);
  // Mantine's Select needs unique, non-empty values; a blank or repeated header cannot be chosen by name anyway.
  const columns = [...new Set(header.columns.filter((c) => c !== ''))];
  const used = new Set(Object.values(mapping));
  const unused = columns.filter((c) => !used.has(c));
  const labelOf = Object.fromEntries(IMPORT_FIELDS[kind].map((f) => [f.field, f.label.replace(/\s*\(.*\)$/, '')]));
  // A column already given to another field is marked, so it is not read twice by mistake.
  const optionsFor = (field: string) =>
    columns.map((c) => {
      const other = Object.entries(mapping).find(([f, col]) => f !== field && col === c)?.[0];
      return { value: c, label: other ? `${c} — used for ${labelOf[other]}` : c };
    });
  const ready = preview.data !== undefined && preview.error === null && !preview.isFetching;

  return (
    <Stack gap="md">
      {reading}
      <Divider />
      <Text size="sm">
        Each field was matched to a column by its header. Check them, and pick the column for anything the file calls differently. Fields
        marked * are needed.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
        {IMPORT_FIELDS[kind].map((f) => (
          <Select
            key={f.field}
            label={f.label}
            withAsterisk={f.required}
            aria-required={f.required || undefined}
            placeholder="Not in the file"
            data={optionsFor(f.field)}
            value={mapping[f.field] ?? null}
            onChange={(column) => onMapping({ ...mapping, [f.field]: column })}
            description={firstValue(header, mapping[f.field] ?? null)}
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
          Not imported: {unused.join(', ')}
        </Text>
      )}
      <StepFooter problem={problems.general ? { title: 'The file could not be read', message: problems.general } : null} onBack={onBack}>
        {preview.isFetching ? <Loader size="xs" aria-label="Reading the file" /> : preview.data && !preview.error && <PreviewStatus preview={preview.data} />}
        <Button rightSection={<IconArrowRight size={16} />} onClick={onNext} disabled={!ready}>
          Next: check the rows
        </Button>
      </StepFooter>
    </Stack>
  );
}
