import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { reliabilityText } from '../../../../shared/accountability/reliabilityWords';
import { useApiQuery } from '../../hooks/queries';
import { currentIntlTag, say } from '../../i18n';
import { ReliabilityBadge } from '../creators/ReliabilityBadge';
import { errorText } from '../../formErrors';

/** The creator's score from their whole history, with the facts it comes from in the page's language. */
export function ReliabilitySection({ creatorId }: { creatorId: number }) {
  const { t } = useTranslation('accountability');
  const reliability = useApiQuery('reliability.get', { creatorId });
  const r = reliability.data;
  const explanation = r ? reliabilityText(r, say, currentIntlTag()) : '';
  return (
    <Stack gap={6} component="section" aria-labelledby="reliability-title">
      <Title order={5} id="reliability-title">
        {t('reliability.title')}
      </Title>
      {reliability.isError ? (
        <Text size="sm" c="red">
          {errorText(reliability.error)}
        </Text>
      ) : r ? (
        <Group gap="sm" wrap="nowrap">
          <ReliabilityBadge score={r.score} facts={r} />
          <Text size="sm" c="dimmed">
            {explanation}
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}
