import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Reliability } from '../../../../shared/accountability/schemas';
import type { Creator } from '../../../../shared/schemas';
import { formatCount, languageName } from '../../format';
import { hrefOf, navigate } from '../../route';
import { CreatorStatus } from './CreatorStatus';
import { ArchiveButton } from '../archive/ArchiveButton';
import type { CreatorSort } from './reliability';
import { ReliabilityBadge } from './ReliabilityBadge';

interface Props {
  creators: Creator[];
  reliability: Map<number, Reliability>;
  sort: CreatorSort;
}

/** The creators, already filtered and ordered; a row opens the creator. */
export function CreatorTable({ creators, reliability, sort }: Props) {
  const { t } = useTranslation(['creators', 'forms', 'domain']);
  return (
    <Table highlightOnHover verticalSpacing="xs" stickyHeader aria-label={t('table.label')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th aria-sort={sort === 'name' ? 'ascending' : undefined}>{t('table.name')}</Table.Th>
          <Table.Th aria-sort={sort === 'reliability' ? 'descending' : undefined} title={t('table.reliabilityHint')}>
            {t('table.reliability')}
          </Table.Th>
          <Table.Th>{t('table.handles')}</Table.Th>
          <Table.Th ta="right">{t('table.followers')}</Table.Th>
          <Table.Th>{t('table.region')}</Table.Th>
          <Table.Th>{t('table.language')}</Table.Th>
          <Table.Th>{t('table.status')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {creators.map((c) => {
          const r = reliability.get(c.id);
          return (
            <Table.Tr key={c.id} data-testid="creator-row" style={{ cursor: 'pointer' }} onClick={() => navigate('creators', c.id)}>
              <Table.Td>
                <Anchor size="sm" fw={500} c="inherit" href={hrefOf('creators', c.id)}>
                  {c.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <ReliabilityBadge score={r?.score ?? null} facts={r} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {c.handles.map((h) => `${t(`domain:platform.${h.platform}`)} ${h.handle}`).join(', ') || '—'}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{c.followers === null ? '—' : formatCount(c.followers)}</Table.Td>
              <Table.Td>{c.region ? t(`forms:region.${c.region}`) : '—'}</Table.Td>
              <Table.Td>{c.language ? languageName(c.language) : '—'}</Table.Td>
              <Table.Td>
                <CreatorStatus creatorId={c.id} active={c.active} />
              </Table.Td>
              <Table.Td>
                <ArchiveButton kind="creator" id={c.id} name={c.name} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
