import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconTruckDelivery } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollaborationDetail } from '../../../../shared/schemas';
import type { Shipment } from '../../../../shared/shipments/schemas';
import { formatMoney } from '../../format';
import { useApiQuery } from '../../hooks/queries';
import { PanelModal } from '../accountability/PanelModal';
import { DeliveredForm } from './DeliveredForm';
import { ShipmentForm } from './ShipmentForm';
import { ShipmentLine } from './ShipmentLine';

const itemList = (s: Shipment) => s.items.map((i) => `${i.quantity} × ${i.name}${i.sku ? ` (${i.sku})` : ''}`).join(', ');

/** Where the product is: every parcel sent to the creator, and a way to record one or its arrival. */
export function ShipmentsSection({ collab }: { collab: CollaborationDetail }) {
  const { t } = useTranslation('shipments');
  const shipments = useApiQuery('shipments.list', { collaborationId: collab.id }).data ?? [];
  const [recording, setRecording] = useState(false);
  const [dating, setDating] = useState<{ shipment: Shipment; what: 'deliveredOn' | 'returnedOn' } | null>(null);
  return (
    <Stack gap="xs" data-testid="shipments">
      <Group justify="space-between">
        <Title order={5}>{t('section.title')}</Title>
        <Button variant="default" size="xs" leftSection={<IconTruckDelivery size={14} />} onClick={() => setRecording(true)}>
          {t('section.record')}
        </Button>
      </Group>
      {shipments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('section.nothing')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} aria-label={t('section.table')}>
          <Table.Tbody>
            {shipments.map((s) => (
              <Table.Tr key={s.id} data-testid="shipment">
                <Table.Td>
                  <ShipmentLine shipment={s} />
                  {s.items.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {s.valueMinor > 0 ? t('section.worth', { items: itemList(s), amount: formatMoney(s.valueMinor, s.currency) }) : itemList(s)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {s.deliveredOn === null && s.returnedOn === null && (
                      <Button size="compact-xs" variant="light" onClick={() => setDating({ shipment: s, what: 'deliveredOn' })}>
                        {t('section.markDelivered')}
                      </Button>
                    )}
                    {s.returnedOn === null && s.shippedOn !== null && (
                      <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setDating({ shipment: s, what: 'returnedOn' })}>
                        {t('section.markReturned')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <PanelModal opened={recording} onClose={() => setRecording(false)} title={t('section.record')} size="lg">
        {recording && <ShipmentForm collab={collab} onDone={() => setRecording(false)} />}
      </PanelModal>
      <PanelModal opened={dating !== null} onClose={() => setDating(null)} title={dating?.what === 'returnedOn' ? t('section.cameBack') : t('section.arrived')}>
        {dating && <DeliveredForm shipment={dating.shipment} stage={collab.stage} what={dating.what} onDone={() => setDating(null)} />}
      </PanelModal>
    </Stack>
  );
}
