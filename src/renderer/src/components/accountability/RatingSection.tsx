import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconStar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../../../shared/accountability/schemas';
import type { CollaborationDetail } from '../../../../shared/schemas';
import { formatDateTime } from '../../format';
import { useApiQuery } from '../../hooks/queries';
import { isRateable } from '../../../../shared/rules/stageGroups';
import { RatingForm } from './RatingForm';
import { ScoreField } from './ScoreField';

function RatingSummary({ rating }: { rating: Rating }) {
  const { t } = useTranslation('accountability');
  return (
    <Stack gap={4} data-testid="rating">
      <ScoreField label={t('rating.communication')} value={rating.communication} readOnly />
      <ScoreField label={t('rating.timeliness')} value={rating.timeliness} readOnly />
      <ScoreField label={t('rating.quality')} value={rating.quality} readOnly />
      <Group gap="xs" mt={4}>
        <Badge size="sm" variant="light" color={rating.wouldWorkAgain ? 'teal' : 'red'} tt="none">
          {rating.wouldWorkAgain ? t('rating.wouldWorkAgain') : t('rating.wouldNotWorkAgain')}
        </Badge>
        <Text size="xs" c="dimmed">
          {t('rating.ratedAt', { at: formatDateTime(rating.ratedAt) })}
        </Text>
      </Group>
      {rating.note && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {rating.note}
        </Text>
      )}
    </Stack>
  );
}

/** Rating the creator once the work is over: it feeds their reliability score. */
export function RatingSection({ collab }: { collab: CollaborationDetail }) {
  const { t } = useTranslation('accountability');
  const rateable = isRateable(collab.stage);
  const ratings = useApiQuery('ratings.list', { collaborationId: collab.id }, rateable);
  const [editing, setEditing] = useState(false);
  const rating = ratings.data?.[0] ?? null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="rating-title">
      <Group justify="space-between">
        <Title order={5} id="rating-title">
          {t('rating.title')}
        </Title>
        {rating && !editing && (
          <Button size="xs" variant="default" leftSection={<IconStar size={16} />} onClick={() => setEditing(true)}>
            {t('rating.change')}
          </Button>
        )}
      </Group>
      {!rateable ? (
        <Text size="sm" c="dimmed">
          {t('rating.notYet')}
        </Text>
      ) : !ratings.data ? null : rating && !editing ? (
        <RatingSummary rating={rating} />
      ) : (
        <Paper withBorder p="sm" radius="md">
          <RatingForm key={rating?.ratedAt ?? 'new'} collaborationId={collab.id} current={rating} onDone={() => setEditing(false)} />
        </Paper>
      )}
    </Stack>
  );
}
