import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Reliability } from '../../../../shared/accountability/schemas';
import { reliabilityText } from '../../../../shared/accountability/reliabilityWords';
import { currentIntlTag, say } from '../../i18n';
import { ReliabilityBadge } from './ReliabilityBadge';

/** The score with what it is made of, so a brand can judge it rather than trust a number. */
export function ReliabilitySummary({ reliability }: { reliability: Reliability }) {
  const { t } = useTranslation('creators');
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <ReliabilityBadge score={reliability.score} facts={reliability} />
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} data-testid="reliability-explanation">
          {reliabilityText(reliability, say, currentIntlTag())}
        </Text>
        <Text size="xs" c="dimmed">
          {reliability.score === null ? t('reliability.noScoreHint') : t('reliability.scoreHint')}
        </Text>
      </Stack>
    </Group>
  );
}
