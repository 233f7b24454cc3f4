import { Alert, Button, Group, Text } from '@mantine/core';
import { IconStar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CollaborationDetail } from '../../../../shared/schemas';
import { useApiQuery } from '../../hooks/queries';
import { navigate } from '../../route';
import { isRateable } from '../../../../shared/rules/stageGroups';

/** On the Overview of an ended collaboration nobody has rated: the rating feeds the creator's score. */
export function RatePrompt({ collab }: { collab: CollaborationDetail }) {
  const { t } = useTranslation('accountability');
  const rateable = isRateable(collab.stage);
  const ratings = useApiQuery('ratings.list', { collaborationId: collab.id }, rateable);
  if (!rateable || !ratings.data || ratings.data.length > 0) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconStar size={20} />} p="xs" data-testid="rate-prompt">
      <Group justify="space-between" gap="xs">
        <Text size="sm">{t('ratePrompt.text', { name: collab.creator.name })}</Text>
        <Button size="compact-sm" variant="default" onClick={() => navigate('board', collab.id, 'accountability')}>
          {t('ratePrompt.button', { name: collab.creator.name })}
        </Button>
      </Group>
    </Alert>
  );
}
