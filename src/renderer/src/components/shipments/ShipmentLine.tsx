import { Badge, Group, Text } from '@mantine/core';
import { CARRIER_LABELS } from '../../../../shared/shipments/carriers';
import type { Shipment } from '../../../../shared/shipments/schemas';
import { ExternalLink } from '../ExternalLink';
import { formatDate } from '../../format';

/** Carrier, tracking number (a link to the carrier's tracking page) and where the parcel is. */
export function ShipmentLine({ shipment: s }: { shipment: Shipment }) {
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={500}>
        {CARRIER_LABELS[s.carrier]}
      </Text>
      {s.trackingUrl ? (
        <ExternalLink size="sm" href={s.trackingUrl}>
          {s.trackingNumber}
        </ExternalLink>
      ) : (
        <Text size="sm" c="dimmed">
          no tracking number
        </Text>
      )}
      <ShipmentStatus shipment={s} />
    </Group>
  );
}

/** In transit, delivered, returned or not shipped yet, as a badge. */
export function ShipmentStatus({ shipment: s }: { shipment: Shipment }) {
  const [label, color] = s.returnedOn
    ? [`Returned ${formatDate(s.returnedOn)}`, 'gray']
    : s.deliveredOn
      ? [`Delivered ${formatDate(s.deliveredOn)}`, 'teal']
      : s.shippedOn
        ? [`In transit since ${formatDate(s.shippedOn)}`, 'blue']
        : ['Not shipped yet', 'yellow'];
  return (
    <Badge variant="light" color={color} tt="none" radius="sm" styles={{ label: { overflow: 'visible' } }}>
      {label}
    </Badge>
  );
}
