import { Alert, Button, Loader, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatMoney } from '../../../../shared/money';
import { STAGE_LABELS } from '../../../../shared/stages';
import { useApiMutation, useApiQuery } from '../../hooks/queries';

/** The board's "Archived" filter: archived collaborations, each with its way back. */
export function ArchivedList({ campaignId }: { campaignId: number | null }) {
  const archived = useApiQuery('collaborations.board', { archived: true, ...(campaignId === null ? {} : { campaignId }) });
  const restore = useApiMutation('collaborations.restore');
  if (archived.isPending) return <Loader size="sm" />;
  if (archived.isError) return <Alert color="red">{archived.error.message}</Alert>;
  if (archived.data.cards.length === 0) return <Text c="dimmed">Nothing is archived. Archive a card from its Move to… menu.</Text>;
  return (
    <Table data-testid="archived-list" highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Creator</Table.Th>
          <Table.Th>Campaign</Table.Th>
          <Table.Th>Stage</Table.Th>
          <Table.Th>Fee</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {archived.data.cards.map((card) => (
          <Table.Tr key={card.id} data-card-id={card.id}>
            <Table.Td>{card.creatorName}</Table.Td>
            <Table.Td>{card.campaignName ?? '—'}</Table.Td>
            <Table.Td>{STAGE_LABELS[card.stage]}</Table.Td>
            <Table.Td>{formatMoney(card.feeMinor, card.currency)}</Table.Td>
            <Table.Td>
              <Button
                size="xs"
                variant="light"
                aria-label={`Restore ${card.creatorName}`}
                onClick={() =>
                  restore.mutate(
                    { id: card.id },
                    {
                      onSuccess: () => notifications.show({ message: `${card.creatorName} is back on the board.`, autoClose: 2500 }),
                      onError: (e) => notifications.show({ color: 'red', title: 'Not restored', message: e.message }),
                    },
                  )
                }
              >
                Restore
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
