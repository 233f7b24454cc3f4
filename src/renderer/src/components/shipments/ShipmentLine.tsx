import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { carrierLabel } from '../../../../shared/shipments/carriers';
import type { Shipment } from '../../../../shared/shipments/schemas';
import { ExternalLink } from '../ExternalLink';
import { formatDate } from '../../format';

/** Carrier, tracking number (a link to the carrier's tracking page) and where the parcel is. */
export function ShipmentLine({ shipment: s }: { shipment: Shipment }) {
  const { t } = useTranslation('shipments');
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={500}>
        {carrierLabel(s.carrier, t)}
      </Text>
      {s.trackingUrl ? (
        <ExternalLink size="sm" href={s.trackingUrl}>
          {s.trackingNumber}
        </ExternalLink>
      ) : (
        <Text size="sm" c="dimmed">
          {t('line.noTracking')}
        </Text>
      )}
      <ShipmentStatus shipment={s} />
    </Group>
  );
}

/** In transit, delivered, returned or not shipped yet, as a badge. */
export function ShipmentStatus({ shipment: s }: { shipment: Shipment }) {
  const { t } = useTranslation('shipments');
  const [label, color] = s.returnedOn
    ? [t('line.returned', { date: formatDate(s.returnedOn) }), 'gray']
    : s.deliveredOn
      ? [t('line.delivered', { date: formatDate(s.deliveredOn) }), 'teal']
      : s.shippedOn
        ? [t('line.inTransit', { date: formatDate(s.shippedOn) }), 'blue']
        : [t('line.notShipped'), 'yellow'];
  return (
    <Badge variant="light" color={color} tt="none" radius="sm" styles={{ label: { overflow: 'visible' } }}>
      {label}
    </Badge>
  );
}
