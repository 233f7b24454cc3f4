import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../hooks/queries';
import { ReliabilityBadge } from '../creators/ReliabilityBadge';

/** The creator's score from their whole history, with the facts it comes from. */
export function ReliabilitySection({ creatorId }: { creatorId: number }) {
  const { t } = useTranslation('accountability');
  const reliability = useApiQuery('reliability.get', { creatorId });
  const r = reliability.data;
  return (
    <Stack gap={6} component="section" aria-labelledby="reliability-title">
      <Title order={5} id="reliability-title">
        {t('reliability.title')}
      </Title>
      {reliability.isError ? (
        <Text size="sm" c="red">
          {reliability.error.message}
        </Text>
      ) : r ? (
        <Group gap="sm" wrap="nowrap">
          <ReliabilityBadge score={r.score} explanation={r.explanation} />
          <Text size="sm" c="dimmed">
            {r.explanation}
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}
