import { Anchor, Table, Text } from '@mantine/core';
import { agreedSpend } from '../../../../shared/creatorSpend';
import { formatIsoDate } from '../../../../shared/dates';
import { formatMoney } from '../../../../shared/money';
import type { BoardCard } from '../../../../shared/schemas';
import { STAGE_LABELS } from '../../../../shared/stages';
import { useApiQuery } from '../../hooks/queries';
import { navigate } from '../../route';

/** Every collaboration with this creator (archived ones too: they happened) and what was agreed in fees. */
export function CreatorCollaborations({ creatorId }: { creatorId: number }) {
  const shown = useApiQuery('collaborations.board', { creatorId }).data;
  const archived = useApiQuery('collaborations.board', { creatorId, archived: true }).data;
  if (!shown || !archived) return null;
  const rows: (BoardCard & { isArchived: boolean })[] = [
    ...shown.cards.map((c) => ({ ...c, isArchived: false })),
    ...archived.cards.map((c) => ({ ...c, isArchived: true })),
  ];
  if (rows.length === 0) return <Text size="sm" c="dimmed">No collaborations yet.</Text>;
  const spend = agreedSpend(rows);
  return (
    <>
      <Text size="sm" data-testid="creator-spend">
        Agreed in fees: {spend.length === 0 ? 'nothing yet (gifts or talks only)' : spend.map((s) => formatMoney(s.feeMinor, s.currency)).join(' + ')}
      </Text>
      <Table data-testid="creator-collaborations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Campaign</Table.Th>
            <Table.Th>Stage</Table.Th>
            <Table.Th>Fee</Table.Th>
            <Table.Th>Publish by</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                {c.isArchived ? (
                  `${c.campaignName ?? 'No campaign'} (archived)`
                ) : (
                  <Anchor component="button" size="sm" onClick={() => navigate('board', c.id)}>
                    {c.campaignName ?? 'No campaign'}
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td>{STAGE_LABELS[c.stage]}</Table.Td>
              <Table.Td>{c.feeMinor > 0 ? formatMoney(c.feeMinor, c.currency) : 'Gifted'}</Table.Td>
              <Table.Td>{c.publishBy ? formatIsoDate(c.publishBy) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
