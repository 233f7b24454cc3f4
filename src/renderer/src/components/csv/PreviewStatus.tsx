import { Text } from '@mantine/core';
import type { ImportPreview } from '../../../../shared/csv/schemas';
import { plural } from './plural';

/** "12 rows · 3 problems": how the file reads with the current mapping, at a glance. */
export function PreviewStatus({ preview }: { preview: ImportPreview }) {
  return (
    <Text size="sm" c={preview.errorCount > 0 ? 'red' : 'dimmed'} data-testid="preview-status">
      {plural(preview.rows, 'row')} · {preview.errorCount > 0 ? plural(preview.errorCount, 'problem') : 'no problems'}
    </Text>
  );
}
