import { Anchor, Table, Text } from '@mantine/core';
import type { Reliability } from '../../../../shared/accountability/schemas';
import { PLATFORM_LABELS } from '../../../../shared/platforms';
import type { Creator } from '../../../../shared/schemas';
import { formatCount } from '../../format';
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
  return (
    <Table highlightOnHover verticalSpacing="xs" stickyHeader aria-label="Creators">
      <Table.Thead>
        <Table.Tr>
          <Table.Th aria-sort={sort === 'name' ? 'ascending' : undefined}>Name</Table.Th>
          <Table.Th aria-sort={sort === 'reliability' ? 'descending' : undefined} title="0–100 from deliveries on time, reply times, ratings and strikes">
            Reliability
          </Table.Th>
          <Table.Th>Handles</Table.Th>
          <Table.Th ta="right">Followers</Table.Th>
          <Table.Th>Region</Table.Th>
          <Table.Th>Language</Table.Th>
          <Table.Th>Status</Table.Th>
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
                <ReliabilityBadge score={r?.score ?? null} explanation={r?.explanation} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {c.handles.map((h) => `${PLATFORM_LABELS[h.platform]} ${h.handle}`).join(', ') || '—'}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{c.followers === null ? '—' : formatCount(c.followers)}</Table.Td>
              <Table.Td>{c.region ?? '—'}</Table.Td>
              <Table.Td>{c.language ?? '—'}</Table.Td>
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
