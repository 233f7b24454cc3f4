import { Alert, Loader, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { BoardCard } from '../../../../shared/schemas';
import { formatMoney } from '../../format';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { type RestoreColumn, RestoreTable } from './RestoreTable';
import { errorText } from '../../formErrors';

/** The board's "Archived" filter: archived collaborations, each with its way back. */
export function ArchivedList({ campaignId }: { campaignId: number | null }) {
  const { t } = useTranslation(['importExport', 'domain']);
  const archived = useApiQuery('collaborations.board', { archived: true, ...(campaignId === null ? {} : { campaignId }) });
  const restore = useApiMutation('collaborations.restore');
  if (archived.isPending) return <Loader size="sm" />;
  if (archived.isError) return <Alert color="red">{errorText(archived.error)}</Alert>;
  if (archived.data.cards.length === 0) return <Text c="dimmed">{t('archivedList.empty')}</Text>;
  const columns: RestoreColumn<BoardCard>[] = [
    { header: t('archivedList.creator'), cell: (card) => card.creatorName },
    { header: t('archivedList.campaign'), cell: (card) => card.campaignName ?? '—' },
    { header: t('archivedList.stage'), cell: (card) => t(`domain:stage.${card.stage}`) },
    { header: t('archivedList.fee'), cell: (card) => formatMoney(card.feeMinor, card.currency) },
  ];
  return (
    <RestoreTable
      testId="archived-list"
      rows={archived.data.cards}
      columns={columns}
      keyOf={(card) => card.id}
      nameOf={(card) => card.creatorName}
      onRestore={(card) =>
        restore.mutate(
          { id: card.id },
          {
            onSuccess: () => notifications.show({ message: t('archivedList.backOnBoard', { name: card.creatorName }), autoClose: 2500 }),
            onError: (e) => notifications.show({ color: 'red', title: t('archive.notRestored'), message: errorText(e) }),
          },
        )
      }
    />
  );
}
