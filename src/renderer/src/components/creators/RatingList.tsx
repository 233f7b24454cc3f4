import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { Rating } from '../../../../shared/accountability/schemas';
import { formatDateTime } from '../../format';
import { hrefOf } from '../../route';

/** The brand's ratings after each collaboration, newest first as the API returns them. */
export function RatingList({ ratings }: { ratings: Rating[] }) {
  if (ratings.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Not rated yet. Rate a creator when a collaboration is completed.
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {ratings.map((r) => (
        <li key={r.id} data-testid="rating">
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={500}>
              Communication {r.communication} · Timeliness {r.timeliness} · Quality {r.quality}
            </Text>
            <Badge size="sm" variant="light" color={r.wouldWorkAgain ? 'teal' : 'orange'}>
              {r.wouldWorkAgain ? 'Would work again' : 'Would not work again'}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {formatDateTime(r.ratedAt)} ·{' '}
            <Anchor size="xs" href={hrefOf('board', r.collaborationId, 'accountability')}>
              the collaboration
            </Anchor>
          </Text>
          {r.note && <Text size="sm">{r.note}</Text>}
        </li>
      ))}
    </Stack>
  );
}
