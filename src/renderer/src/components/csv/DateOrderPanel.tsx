import { Radio, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DATE_ORDERS, type DateOrder } from '../../../../shared/csv/dateOrder';
import type { ImportPreview } from '../../../../shared/csv/schemas';
import { formatDate } from '../../format';

const EXAMPLES: Record<DateOrder, string> = { 'yyyy-mm-dd': '2026-11-30', 'dd/mm/yyyy': '30/11/2026', 'm/d/yyyy': '11/30/2026' };

/** How the file's dates are read, with its first dates as they will be stored. */
export function DateOrderPanel({ preview, onDateOrder }: { preview: ImportPreview; onDateOrder: (order: DateOrder) => void }) {
  const { t } = useTranslation('importExport');
  return (
    <Stack gap={6}>
      <Radio.Group label={t('dates.label')} description={t('dates.description')} value={preview.dateOrder} onChange={(v) => onDateOrder(v as DateOrder)}>
        <Group gap="md" mt={4}>
          {DATE_ORDERS.map((o) => (
            <Radio key={o} value={o} label={`${o} (${EXAMPLES[o]})`} />
          ))}
        </Group>
      </Radio.Group>
      {preview.dates.length > 0 && (
        <Table fz="xs" w="auto" aria-label={t('dates.tableLabel')} data-testid="dates-as-read">
          <Table.Tbody>
            {preview.dates.map((d) => (
              <Table.Tr key={d.line}>
                <Table.Td>{t('dates.line', { line: d.line })}</Table.Td>
                <Table.Td>{d.value}</Table.Td>
                <Table.Td>{d.date === null ? <Text span c="red" size="xs">{t('dates.notADate')}</Text> : formatDate(d.date)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
