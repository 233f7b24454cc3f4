import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../../../shared/accountability/schemas';
import { formatDateTime } from '../../format';
import { hrefOf } from '../../route';

/** The brand's ratings after each collaboration, newest first as the API returns them. */
export function RatingList({ ratings }: { ratings: Rating[] }) {
  const { t } = useTranslation('creators');
  if (ratings.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('ratings.none')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {ratings.map((r) => (
        <li key={r.id} data-testid="rating">
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={500}>
              {t('ratings.scores', { communication: r.communication, timeliness: r.timeliness, quality: r.quality })}
            </Text>
            <Badge size="sm" variant="light" color={r.wouldWorkAgain ? 'teal' : 'orange'}>
              {r.wouldWorkAgain ? t('ratings.again') : t('ratings.notAgain')}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {formatDateTime(r.ratedAt)} ·{' '}
            <Anchor size="xs" href={hrefOf('board', r.collaborationId, 'accountability')}>
              {t('ratings.collaboration')}
            </Anchor>
          </Text>
          {r.note && <Text size="sm">{r.note}</Text>}
        </li>
      ))}
    </Stack>
  );
}
