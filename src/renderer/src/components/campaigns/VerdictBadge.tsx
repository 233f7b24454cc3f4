import { Badge, List, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../../../shared/metrics/schemas';
import { currentIntlTag, say } from '../../i18n';
import { missWords } from '../../../../shared/metrics/missText';

/** "Below target" with the misses on hover (and read out by screen readers); "On target"; or nothing to judge yet. */
export function VerdictBadge({ verdict, currency }: { verdict: Verdict; currency: string }) {
  const { t } = useTranslation('campaigns');
  if (!verdict.judged) {
    return (
      <Text size="xs" c="dimmed">
        {t('verdict.noNumbers')}
      </Text>
    );
  }
  if (!verdict.underperforming) {
    return (
      <Badge color="teal" variant="light" radius="sm" tt="none">
        {t('verdict.onTarget')}
      </Badge>
    );
  }
  const misses = verdict.misses.map((m) => missWords(say, currentIntlTag(), m, currency));
  const all = misses.join(t('separator.misses'));
  return (
    <Tooltip
      multiline
      maw={360}
      withArrow
      label={
        <List size="xs" spacing={2} c="inherit">
          {misses.map((text) => (
            <List.Item key={text}>{text}</List.Item>
          ))}
        </List>
      }
    >
      <Badge color="red" variant="light" radius="sm" tt="none" data-testid="below-target" data-misses={all}>
        {t('verdict.belowTarget')}
        <VisuallyHidden>{t('verdict.missesSpoken', { misses: all })}</VisuallyHidden>
      </Badge>
    </Tooltip>
  );
}
