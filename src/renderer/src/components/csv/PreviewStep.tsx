import { StepFooter } from './StepFooter';
import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileUpload } from '@tabler/icons-react';
import { ENCODING_LABELS, type ImportPreview } from '../../../../shared/csv/schemas';
import type { DateOrder } from '../../../../shared/csv/dateOrder';
import { DateOrderPanel } from './DateOrderPanel';
import { ErrorTable } from './ErrorTable';
import { plural } from './plural';
import { SampleTable } from './SampleTable';

interface Props {
  preview: { data: ImportPreview | undefined; error: Error | null; isFetching: boolean };
  importing: boolean;
  importError: Error | null;
  onBack: () => void;
  onDateOrder: (order: DateOrder) => void;
  onChooseAgain: () => void;
  onImport: () => void;
}

function summary(p: ImportPreview): string {
  const rows = plural(p.rows, 'row');
  if (p.kind === 'creators') return `${rows} will be imported as new creators.`;
  if (p.kind === 'orders') return `${rows} read: each order to one of your creators becomes a shipment; ${plural(p.skipped ?? 0, 'order')} to anyone else, or imported before, will be left out.`;
  return p.newPosts > 0 ? `${rows} will be imported, adding ${plural(p.newPosts, 'post')} not in Followthrough yet.` : `${rows} will be imported.`;
}

function sampleCaption(p: ImportPreview): string {
  if (p.rows === 0) return 'The file has a header but no rows.';
  if (p.sample.length === p.rows) return `${p.rows === 1 ? 'The row' : `All ${plural(p.rows, 'row')}`}, as they will be read:`;
  return `The first ${p.sample.length} of ${plural(p.rows, 'row')}, as they will be read:`;
}

/** Step 3: the rows as they will be read and every problem; importing waits until there are none. */
export function PreviewStep({ preview, importing, importError, onBack, onDateOrder, onChooseAgain, onImport }: Props) {
  const p = preview.data;
  const blocked = !p || preview.error !== null || preview.isFetching || p.errorCount > 0 || p.rows === 0;
  return (
    <Stack gap="md">
      {preview.error ? (
        <Alert color="red" title="The file could not be read">
          {preview.error.message}
        </Alert>
      ) : !p ? (
        <Loader size="sm" aria-label="Reading the file" />
      ) : (
        <>
          {p.errorCount > 0 ? (
            <>
              <Alert color="red" icon={<IconAlertTriangle size={18} />} title={`${plural(p.errorCount, 'problem')} — fix the file and choose it again; nothing will be imported until every row is right`}>
                {p.errorCount > p.errors.length ? `The first ${plural(p.errors.length, 'problem')} are listed. ` : ''}
                Lines count from the header, which is line 1, as in a spreadsheet.
              </Alert>
              <ErrorTable errors={p.errors} />
            </>
          ) : (
            p.rows > 0 && (
              <Alert color="green" icon={<IconCircleCheck size={18} />} title="Every row is right">
                {summary(p)}
              </Alert>
            )
          )}
          <Text size="xs" c="dimmed" data-testid="read-as">
            {p.encoding ? `Read as ${ENCODING_LABELS[p.encoding]}, numbers` : 'Numbers'} as {p.numberFormat}.
          </Text>
          {p.kind === 'metrics' && <DateOrderPanel preview={p} onDateOrder={onDateOrder} />}
          <Text size="sm">{sampleCaption(p)}</Text>
          {p.sample.length > 0 && <SampleTable preview={p} />}
        </>
      )}
      <StepFooter problem={importError ? { title: 'Nothing was imported', message: importError.message } : null} onBack={onBack}>
        <Button variant="default" leftSection={<IconFileUpload size={16} />} onClick={onChooseAgain}>
          Choose the file again
        </Button>
        <Button onClick={onImport} disabled={blocked} loading={importing}>
          Import
        </Button>
      </StepFooter>
    </Stack>
  );
}
