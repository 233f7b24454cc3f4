import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { agreedSpend } from '../../../../shared/creatorSpend';
import type { BoardCard } from '../../../../shared/schemas';
import { formatDate, formatMoney } from '../../format';
import { useApiQuery } from '../../hooks/queries';
import { navigate } from '../../route';

/** Every collaboration with this creator (archived ones too: they happened) and what was agreed in fees. */
export function CreatorCollaborations({ creatorId }: { creatorId: number }) {
  const { t } = useTranslation(['creators', 'domain']);
  const shown = useApiQuery('collaborations.board', { creatorId }).data;
  const archived = useApiQuery('collaborations.board', { creatorId, archived: true }).data;
  if (!shown || !archived) return null;
  const rows: (BoardCard & { isArchived: boolean })[] = [
    ...shown.cards.map((c) => ({ ...c, isArchived: false })),
    ...archived.cards.map((c) => ({ ...c, isArchived: true })),
  ];
  if (rows.length === 0) return <Text size="sm" c="dimmed">{t('collaborations.none')}</Text>;
  const spend = agreedSpend(rows);
  return (
    <>
      <Text size="sm" data-testid="creator-spend">
        {spend.length === 0
          ? t('collaborations.agreedNothing')
          : t('collaborations.agreed', { amounts: spend.map((s) => formatMoney(s.feeMinor, s.currency)).join(' + ') })}
      </Text>
      <Table data-testid="creator-collaborations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('collaborations.campaign')}</Table.Th>
            <Table.Th>{t('collaborations.stage')}</Table.Th>
            <Table.Th>{t('collaborations.fee')}</Table.Th>
            <Table.Th>{t('collaborations.publishBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                {c.isArchived ? (
                  t('collaborations.archived', { campaign: c.campaignName ?? t('collaborations.noCampaign') })
                ) : (
                  <Anchor component="button" size="sm" onClick={() => navigate('board', c.id)}>
                    {c.campaignName ?? t('collaborations.noCampaign')}
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td>{t(`domain:stage.${c.stage}`)}</Table.Td>
              <Table.Td>{c.feeMinor > 0 ? formatMoney(c.feeMinor, c.currency) : t('collaborations.gifted')}</Table.Td>
              <Table.Td>{c.publishBy ? formatDate(c.publishBy) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
