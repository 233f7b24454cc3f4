import { Alert, Loader, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { BoardCard } from '../../../../shared/schemas';
import { formatMoney } from '../../../../shared/money';
import { STAGE_LABELS } from '../../../../shared/stages';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { type RestoreColumn, RestoreTable } from './RestoreTable';

const COLUMNS: RestoreColumn<BoardCard>[] = [
  { header: 'Creator', cell: (card) => card.creatorName },
  { header: 'Campaign', cell: (card) => card.campaignName ?? '—' },
  { header: 'Stage', cell: (card) => STAGE_LABELS[card.stage] },
  { header: 'Fee', cell: (card) => formatMoney(card.feeMinor, card.currency) },
];

/** The board's "Archived" filter: archived collaborations, each with its way back. */
export function ArchivedList({ campaignId }: { campaignId: number | null }) {
  const archived = useApiQuery('collaborations.board', { archived: true, ...(campaignId === null ? {} : { campaignId }) });
  const restore = useApiMutation('collaborations.restore');
  if (archived.isPending) return <Loader size="sm" />;
  if (archived.isError) return <Alert color="red">{archived.error.message}</Alert>;
  if (archived.data.cards.length === 0) return <Text c="dimmed">Nothing is archived. Archive a card from its Move to… menu.</Text>;
  return (
    <RestoreTable
      testId="archived-list"
      rows={archived.data.cards}
      columns={COLUMNS}
      keyOf={(card) => card.id}
      nameOf={(card) => card.creatorName}
      onRestore={(card) =>
        restore.mutate(
          { id: card.id },
          {
            onSuccess: () => notifications.show({ message: `${card.creatorName} is back on the board.`, autoClose: 2500 }),
            onError: (e) => notifications.show({ color: 'red', title: 'Not restored', message: e.message }),
          },
        )
      }
    />
  );
}
