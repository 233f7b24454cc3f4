import { Badge, Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { campaignPhase, type CampaignPhase } from '../../../../shared/rules/campaignPhase';
import { useToday } from '../calendar/useToday';
import { formatDate } from '../../format';

const PHASE_COLOR = { upcoming: 'blue', running: 'teal', ended: 'gray' } as const;

/** "1 Mar 2026 – 30 Apr 2026", "From 1 Mar 2026", "Until 30 Apr 2026", or null without dates. */
function periodText(t: TFunction<'campaigns'>, startDate: string | null, endDate: string | null): string | null {
  if (startDate && endDate) return t('period.range', { start: formatDate(startDate), end: formatDate(endDate) });
  if (startDate) return t('period.from', { start: formatDate(startDate) });
  if (endDate) return t('period.until', { end: formatDate(endDate) });
  return null;
}

/** "Starts in 7 days", "Ends today", "Ended 2 days ago", "Running". */
function phaseText(t: TFunction<'campaigns'>, p: CampaignPhase): string {
  switch (p.phase) {
    case 'upcoming':
      return t('phase.startsIn', { days: p.startsInDays });
    case 'running':
      if (p.endsInDays === null) return t('phase.running');
      if (p.endsInDays === 0) return t('phase.endsToday');
      return t('phase.endsIn', { days: p.endsInDays });
    case 'ended':
      return t('phase.ended', { days: p.endedDaysAgo });
  }
}

/** When a campaign runs and where it stands today; nothing for a campaign without dates. */
export function CampaignPeriod({ startDate, endDate, size = 'sm' }: { startDate: string | null; endDate: string | null; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation('campaigns');
  const today = useToday();
  const period = periodText(t, startDate, endDate);
  if (!period) return null;
  const phase = today ? campaignPhase(startDate, endDate, today) : null;
  return (
    <Group gap="xs" wrap="nowrap" data-testid="campaign-period">
      <Text size={size} c="dimmed">
        {period}
      </Text>
      {phase && (
        <Badge size={size} variant="light" color={PHASE_COLOR[phase.phase]} tt="none" radius="sm">
          {phaseText(t, phase)}
        </Badge>
      )}
    </Group>
  );
}
