import { Anchor, Group, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { addCalendarDays } from '../../../../shared/dates';
import { campaignOverlaps } from '../../../../shared/rules/campaignPhase';
import { useApiQuery } from '../../hooks/queries';
import { formatDate } from '../../format';
import { say } from '../../i18n';
import { hrefOf } from '../../route';
import { periodText } from '../../../../shared/campaignPeriod';
import { shiftMonth } from './calendarDates';

/** The dated campaigns that run during the month shown (only the chosen one when filtered). */
export function RunningCampaigns({ month, campaignId }: { month: string; campaignId?: number }) {
  const { t } = useTranslation('calendar');
  const campaigns = useApiQuery('campaigns.list', {});
  const first = `${month}-01`;
  const last = addCalendarDays(`${shiftMonth(month, 1)}-01`, -1);
  const running = (campaigns.data ?? []).filter(
    (c) =>
      (c.startDate !== null || c.endDate !== null) &&
      (campaignId === undefined || c.id === campaignId) &&
      campaignOverlaps(c.startDate, c.endDate, first, last),
  );
  if (running.length === 0) return null;
  return (
    <Group gap={6} data-testid="running-campaigns">
      <Text size="sm" c="dimmed">
        {t('running')}
      </Text>
      {running.map((c, i) => (
        <Fragment key={c.id}>
          {i > 0 && <Text size="sm" c="dimmed">·</Text>}
          <Text size="sm">
            <Anchor href={hrefOf('campaigns', c.id)} inherit>
              {c.name}
            </Anchor>{' '}
            <Text span c="dimmed" inherit>
              ({periodText(say, formatDate, c.startDate, c.endDate)})
            </Text>
          </Text>
        </Fragment>
      ))}
    </Group>
  );
}
