import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The events a strike or a dispute points to, in words. */
export function LinkedEvents({ ids, labelOf }: { ids: number[]; labelOf: (id: number) => string }) {
  const { t } = useTranslation('accountability');
  if (ids.length === 0) return null;
  return (
    <List size="sm" spacing={2} aria-label={t('events.linked')}>
      {ids.map((id) => (
        <List.Item key={id}>
          <Text size="sm" span>
            {labelOf(id)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
