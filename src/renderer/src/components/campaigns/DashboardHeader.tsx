import { Anchor, Badge, Button, Group, Stack, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/metrics/schemas';
import { currentIntlTag, say } from '../../i18n';
import { hrefOf } from '../../route';
import type { Campaign } from '../../../../shared/schemas';
import { CampaignPeriod } from './CampaignPeriod';
import { missWords } from '../../../../shared/metrics/missText';
import { ReportActions } from './ReportActions';
import { CampaignBriefButton } from '../brief/CampaignBriefButton';

/** The campaign's name, when it runs, how many measured collaborations are below target and how many are still to post, and what can be done with it. */
export function DashboardHeader({ dashboard: d, campaign, onEdit }: { dashboard: Dashboard; campaign?: Campaign; onEdit?: () => void }) {
  const { t } = useTranslation('campaigns');
  const misses = d.overall.misses.map((m) => missWords(say, currentIntlTag(), m, d.currency));
  return (
    <Stack gap={4}>
      <Anchor href={hrefOf('campaigns')} size="sm">
        {t('dashboard.allCampaigns')}
      </Anchor>
      <Group gap="sm" align="center">
        <Title order={3}>{d.campaignName}</Title>
        {d.judged > 0 && (
          <Badge
            color={d.underperforming > 0 ? 'red' : 'teal'}
            variant="light"
            size="lg"
            radius="sm"
            tt="none"
            data-testid="below-target-count"
            title={t('dashboard.belowCountHint')}
          >
            {t('dashboard.belowCount', { below: d.underperforming, judged: d.judged })}
          </Badge>
        )}
        {d.waiting > 0 && (
          <Badge color="gray" variant="light" size="lg" radius="sm" tt="none" data-testid="waiting-count" title={t('dashboard.waitingHint')}>
            {t('dashboard.waiting', { count: d.waiting })}
          </Badge>
        )}
        {d.overall.judged && (
          <Badge
            color={d.overall.underperforming ? 'red' : 'teal'}
            variant="outline"
            size="lg"
            radius="sm"
            tt="none"
            data-testid="campaign-verdict"
            title={misses.join('\n') || undefined}
          >
            {d.overall.underperforming ? t('dashboard.campaignBelow', { miss: misses[0] }) : t('dashboard.campaignOn')}
          </Badge>
        )}
        {campaign && <CampaignPeriod startDate={campaign.startDate} endDate={campaign.endDate} />}
        <Group gap="xs" ml="auto">
          <Button variant="default" size="sm" leftSection={<IconPencil size={16} />} onClick={onEdit} disabled={!onEdit}>
            {t('page.edit')}
          </Button>
          <CampaignBriefButton campaignId={d.campaignId} />
          <ReportActions campaignId={d.campaignId} campaignName={d.campaignName} disabled={d.rows.length === 0} />
        </Group>
      </Group>
    </Stack>
  );
}
