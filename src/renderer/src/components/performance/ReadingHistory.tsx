import { Badge, Loader, Table, Text } from '@mantine/core';
import { showCount, showMoney } from '../../../../shared/metrics/format';
import { METRIC_FIELDS, METRIC_LABELS, type Snapshot } from '../../../../shared/metrics/schemas';
import { wentDown } from '../../../../shared/metrics/sanity';
import { formatDateTime } from '../../format';
import { useApiQuery } from '../../hooks/queries';

type Column = (typeof METRIC_FIELDS)[number] | 'costMinor';

/** Every reading of one post, newest first; only the numbers some reading knows get a column. */
export function ReadingHistory({ deliverableId, currency }: { deliverableId: number; currency: string }) {
  const readings = useApiQuery('metrics.list', { deliverableId });
  if (readings.isError) return <Text size="sm" c="red">{readings.error.message}</Text>;
  if (!readings.data) return <Loader size="xs" />;
  if (readings.data.length === 0) return <Text size="sm" c="dimmed">No numbers read yet.</Text>;
  const columns = ([...METRIC_FIELDS, 'costMinor'] as Column[]).filter((c) => readings.data.some((r) => r[c] !== null));
  const cell = (r: Snapshot, c: Column) => (c === 'costMinor' ? showMoney(r.costMinor, currency) : showCount(r[c]));
  return (
    <Table.ScrollContainer minWidth={360} type="native">
      <Table fz="xs" verticalSpacing={4} striped aria-label="Readings" data-testid="readings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Read at</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c} ta="right">
                {METRIC_LABELS[c]}
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
                    imported
                  </Badge>
                )}
                {lower.length > 0 && (
                  <Badge size="xs" variant="light" color="orange" tt="none" title={`Lower than the reading before: ${lower.map((f) => METRIC_LABELS[f]).join(', ')}`}>
                    {lower.map((f) => METRIC_LABELS[f].toLowerCase()).join(', ')} went down
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
