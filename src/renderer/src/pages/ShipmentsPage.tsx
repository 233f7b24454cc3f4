import { Anchor, Group, ScrollArea, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SHIPMENT_VIEWS } from '../../../shared/shipments/schemas';
import { ShipmentLine } from '../components/shipments/ShipmentLine';
import { formatDate } from '../format';
import { useApiQuery } from '../hooks/queries';
import { hrefOf } from '../route';

type View = (typeof SHIPMENT_VIEWS)[number];

const VIEWS: View[] = ['in_transit', 'arrived_no_post', 'all'];

/** Every parcel sent to creators: what is still on its way, and what arrived and still waits for its post. */
export function ShipmentsPage() {
  const { t } = useTranslation('shipments');
  const [view, setView] = useState<View>('in_transit');
  const shipments = useApiQuery('shipments.list', { view }).data;
  return (
    <Stack h="100%" gap="sm">
      <Group gap="sm">
        <Title order={2} mr="xs">
          {t('page.title')}
        </Title>
        <SegmentedControl aria-label={t('page.show')} data={VIEWS.map((v) => ({ value: v, label: t(`page.view.${v}`) }))} value={view} onChange={(v) => setView(v as View)} />
      </Group>
      {shipments && shipments.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t(`page.empty.${view}`)}
        </Text>
      ) : (
        <ScrollArea style={{ flex: 1 }}>
          <Table fz="sm" verticalSpacing={6} aria-label={t('page.table')} stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('page.creator')}</Table.Th>
                <Table.Th>{t('page.parcel')}</Table.Th>
                <Table.Th>{t('page.whatWasSent')}</Table.Th>
                <Table.Th>{t('page.shipped')}</Table.Th>
                <Table.Th>{t('page.arrived')}</Table.Th>
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
