import { Badge, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { METRIC_FIELDS, type MetricField, type Snapshot } from '../../../../shared/metrics/schemas';
import { wentDown } from '../../../../shared/metrics/sanity';
import { formatDateTime } from '../../format';
import { useApiQuery } from '../../hooks/queries';
import { currentIntlTag } from '../../i18n';
import { showCount, showMoney } from '../campaigns/numbers';
import { errorText } from '../../formErrors';

type Column = (typeof METRIC_FIELDS)[number] | 'costMinor';

/** Every reading of one post, newest first; only the numbers some reading knows get a column. */
export function ReadingHistory({ deliverableId, currency }: { deliverableId: number; currency: string }) {
  const { t } = useTranslation('campaigns');
  const readings = useApiQuery('metrics.list', { deliverableId });
  if (readings.isError) return <Text size="sm" c="red">{errorText(readings.error)}</Text>;
  if (!readings.data) return <Loader size="xs" />;
  if (readings.data.length === 0) return <Text size="sm" c="dimmed">{t('history.none')}</Text>;
  const columns = ([...METRIC_FIELDS, 'costMinor'] as Column[]).filter((c) => readings.data.some((r) => r[c] !== null));
  const cell = (r: Snapshot, c: Column) => (c === 'costMinor' ? showMoney(r.costMinor, currency) : showCount(r[c]));
  const label = (c: Column) => t(`metric.${c === 'costMinor' ? 'cost' : c}`);
  const list = (fields: MetricField[], lower = false) => fields.map((f) => (lower ? label(f).toLocaleLowerCase(currentIntlTag()) : label(f))).join(t('separator.list'));
  return (
    <Table.ScrollContainer minWidth={360} type="native">
      <Table fz="xs" verticalSpacing={4} striped aria-label={t('history.label')} data-testid="readings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('history.readAt')}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c} ta="right">
                {label(c)}
              </Table.Th>
            ))}
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...readings.data].reverse().map((r, i, newestFirst) => {
            // Accepted (a platform may recount), but a lower number than last time is worth a look.
            const lower = wentDown(r, newestFirst[i + 1] ?? null);
            return (
            <Table.Tr key={r.id} data-testid="reading">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.capturedAt)}</Table.Td>
              {columns.map((c) => (
                <Table.Td key={c} ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {cell(r, c)}
                </Table.Td>
              ))}
              <Table.Td>
                {r.source === 'csv' && (
                  <Badge size="xs" variant="light" color="gray" tt="none">
                    {t('history.imported')}
                  </Badge>
                )}
                {lower.length > 0 && (
                  <Badge size="xs" variant="light" color="orange" tt="none" title={t('history.lowerHint', { metrics: list(lower) })}>
                    {t('history.wentDown', { metrics: list(lower, true) })}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
