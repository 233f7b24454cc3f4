import { Badge, Group, Text } from '@mantine/core';
import { campaignPhase } from '../../../../shared/rules/campaignPhase';
import { useToday } from '../calendar/useToday';
import { periodText, phaseText } from '../../../../shared/campaignPeriod';

const PHASE_COLOR = { upcoming: 'blue', running: 'teal', ended: 'gray' } as const;

/** When a campaign runs and where it stands today; nothing for a campaign without dates. */
export function CampaignPeriod({ startDate, endDate, size = 'sm' }: { startDate: string | null; endDate: string | null; size?: 'xs' | 'sm' }) {
  const today = useToday();
  const period = periodText(startDate, endDate);
  if (!period) return null;
  const phase = today ? campaignPhase(startDate, endDate, today) : null;
  return (
    <Group gap="xs" wrap="nowrap" data-testid="campaign-period">
      <Text size={size} c="dimmed">
        {period}
      </Text>
      {phase && (
        <Badge size={size} variant="light" color={PHASE_COLOR[phase.phase]} tt="none" radius="sm">
          {phaseText(phase)}
        </Badge>
      )}
    </Group>
  );
}
