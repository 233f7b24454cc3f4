import { StepFooter } from './StepFooter';
import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileUpload } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/csv/schemas';
import type { DateOrder } from '../../../../shared/csv/dateOrder';
import { DateOrderPanel } from './DateOrderPanel';
import { ErrorTable } from './ErrorTable';
import { SampleTable } from './SampleTable';
import { errorText } from '../../formErrors';

interface Props {
  preview: { data: ImportPreview | undefined; error: Error | null; isFetching: boolean };
  importing: boolean;
  importError: Error | null;
  onBack: () => void;
  onDateOrder: (order: DateOrder) => void;
  onChooseAgain: () => void;
  onImport: () => void;
}

function summary(t: TFunction<'importExport'>, p: ImportPreview): string {
  if (p.kind === 'creators') return t('preview.summary.creators', { rows: p.rows });
  if (p.kind === 'orders') return t('preview.summary.orders', { rows: p.rows, skipped: p.skipped ?? 0 });
  return p.newPosts > 0 ? t('preview.summary.metricsNew', { rows: p.rows, posts: p.newPosts }) : t('preview.summary.metrics', { rows: p.rows });
}

function sampleCaption(t: TFunction<'importExport'>, p: ImportPreview): string {
  if (p.rows === 0) return t('preview.caption.none');
  if (p.sample.length === p.rows) return t('preview.caption.all', { rows: p.rows });
  return t('preview.caption.first', { shown: p.sample.length, rows: p.rows });
}

/** Step 3: the rows as they will be read and every problem; importing waits until there are none. */
export function PreviewStep({ preview, importing, importError, onBack, onDateOrder, onChooseAgain, onImport }: Props) {
  const { t } = useTranslation('importExport');
  const p = preview.data;
  const blocked = !p || preview.error !== null || preview.isFetching || p.errorCount > 0 || p.rows === 0;
  return (
    <Stack gap="md">
      {preview.error ? (
        <Alert color="red" title={t('file.unreadable')}>
          {errorText(preview.error)}
        </Alert>
      ) : !p ? (
        <Loader size="sm" aria-label={t('file.reading')} />
      ) : (
        <>
          {p.errorCount > 0 ? (
            <>
              <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('preview.problemsTitle', { count: p.errorCount })}>
                {p.errorCount > p.errors.length ? t('preview.someListed', { count: p.errors.length }) : t('preview.linesNote')}
              </Alert>
              <ErrorTable errors={p.errors} />
            </>
          ) : (
            p.rows > 0 && (
              <Alert color="green" icon={<IconCircleCheck size={18} />} title={t('preview.allRight')}>
                {summary(t, p)}
              </Alert>
            )
          )}
          <Text size="xs" c="dimmed" data-testid="read-as">
            {p.encoding ? t('preview.readAs', { encoding: t(`encoding.${p.encoding}`), format: p.numberFormat }) : t('preview.readAsText', { format: p.numberFormat })}
          </Text>
          {p.kind === 'metrics' && <DateOrderPanel preview={p} onDateOrder={onDateOrder} />}
          <Text size="sm">{sampleCaption(t, p)}</Text>
          {p.sample.length > 0 && <SampleTable preview={p} />}
        </>
      )}
      <StepFooter problem={importError ? { title: t('preview.notImported'), message: errorText(importError) } : null} onBack={onBack}>
        <Button variant="default" leftSection={<IconFileUpload size={16} />} onClick={onChooseAgain}>
          {t('preview.chooseAgain')}
        </Button>
        <Button onClick={onImport} disabled={blocked} loading={importing}>
          {t('preview.import')}
        </Button>
      </StepFooter>
    </Stack>
  );
}
