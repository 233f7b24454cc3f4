import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/csv/schemas';

/** "12 rows · 3 problems": how the file reads with the current mapping, at a glance. */
export function PreviewStatus({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation('importExport');
  return (
    <Text size="sm" c={preview.errorCount > 0 ? 'red' : 'dimmed'} data-testid="preview-status">
      {t('preview.status', { rows: preview.rows, problems: preview.errorCount })}
    </Text>
  );
}
