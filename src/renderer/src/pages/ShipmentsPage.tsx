import { Anchor, Group, ScrollArea, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { SHIPMENT_VIEWS } from '../../../shared/shipments/schemas';
import { ShipmentLine } from '../components/shipments/ShipmentLine';
import { formatDate } from '../format';
import { useApiQuery } from '../hooks/queries';
import { hrefOf } from '../route';

type View = (typeof SHIPMENT_VIEWS)[number];

const VIEWS: { value: View; label: string }[] = [
  { value: 'in_transit', label: 'In transit' },
  { value: 'arrived_no_post', label: 'Arrived, no post yet' },
  { value: 'all', label: 'All' },
];

const EMPTY: Record<View, string> = {
  in_transit: 'Nothing is on its way: every parcel shipped has arrived or come back.',
  arrived_no_post: 'Every parcel that arrived has its post, or is not waiting for one.',
  all: 'Nothing shipped yet. Record a parcel from a card’s Overview.',
};

/** Every parcel sent to creators: what is still on its way, and what arrived and still waits for its post. */
export function ShipmentsPage() {
  const [view, setView] = useState<View>('in_transit');
  const shipments = useApiQuery('shipments.list', { view }).data;
  return (
    <Stack h="100%" gap="sm">
      <Group gap="sm">
        <Title order={2} mr="xs">
          Shipments
        </Title>
        <SegmentedControl aria-label="Show" data={VIEWS} value={view} onChange={(v) => setView(v as View)} />
      </Group>
      {shipments && shipments.length === 0 ? (
        <Text c="dimmed" size="sm">
          {EMPTY[view]}
        </Text>
      ) : (
        <ScrollArea style={{ flex: 1 }}>
          <Table fz="sm" verticalSpacing={6} aria-label="Shipments" stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Creator</Table.Th>
                <Table.Th>Parcel</Table.Th>
                <Table.Th>What was sent</Table.Th>
                <Table.Th>Shipped</Table.Th>
                <Table.Th>Arrived</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(shipments ?? []).map((s) => (
                <Table.Tr key={s.id} data-testid="shipment-row">
                  <Table.Td>
                    <Anchor href={hrefOf('board', s.collaborationId)} size="sm" fw={500}>
                      {s.creatorName}
                    </Anchor>
                    {s.campaignName && (
                      <Text size="xs" c="dimmed">
                        {s.campaignName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ShipmentLine shipment={s} />
                  </Table.Td>
                  <Table.Td>{s.items.map((i) => `${i.quantity} × ${i.name}`).join(', ') || '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{s.shippedOn ? formatDate(s.shippedOn) : '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{s.deliveredOn ? formatDate(s.deliveredOn) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
    </Stack>
  );
}
