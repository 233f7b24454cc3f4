import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { periodText, phaseText } from '../../../../shared/campaignPeriod';
import { campaignPhase } from '../../../../shared/rules/campaignPhase';
import { useToday } from '../calendar/useToday';
import { formatDate } from '../../format';
import { say } from '../../i18n';

const PHASE_COLOR = { upcoming: 'blue', running: 'teal', ended: 'gray' } as const;

/** When a campaign runs and where it stands today; nothing for a campaign without dates. */
export function CampaignPeriod({ startDate, endDate, size = 'sm' }: { startDate: string | null; endDate: string | null; size?: 'xs' | 'sm' }) {
  // Re-renders on a language change; the words come from say.
  useTranslation('campaigns');
  const today = useToday();
  const period = periodText(say, formatDate, startDate, endDate);
  if (!period) return null;
  const phase = today ? campaignPhase(startDate, endDate, today) : null;
  return (
    <Group gap="xs" wrap="nowrap" data-testid="campaign-period">
      <Text size={size} c="dimmed">
        {period}
      </Text>
      {phase && (
        <Badge size={size} variant="light" color={PHASE_COLOR[phase.phase]} tt="none" radius="sm">
          {phaseText(say, phase)}
        </Badge>
      )}
    </Group>
  );
}
