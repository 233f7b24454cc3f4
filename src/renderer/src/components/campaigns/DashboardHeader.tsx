import { Anchor, Badge, Button, Group, Stack, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { Dashboard } from '../../../../shared/metrics/schemas';
import { hrefOf } from '../../route';
import type { Campaign } from '../../../../shared/schemas';
import { CampaignPeriod } from './CampaignPeriod';
import { ReportActions } from './ReportActions';

/** The campaign's name, when it runs, how many measured collaborations are below target, and what can be done with it. */
export function DashboardHeader({ dashboard: d, campaign, onEdit }: { dashboard: Dashboard; campaign?: Campaign; onEdit?: () => void }) {
  const judged = d.rows.filter((r) => r.verdict.judged).length;
  return (
    <Stack gap={4}>
      <Anchor href={hrefOf('campaigns')} size="sm">
        ← All campaigns
      </Anchor>
      <Group gap="sm" align="center">
        <Title order={3}>{d.campaignName}</Title>
        {judged > 0 && (
          <Badge
            color={d.underperforming > 0 ? 'red' : 'teal'}
            variant="light"
            size="lg"
            radius="sm"
            tt="none"
            data-testid="below-target-count"
            title="Collaborations with numbers that miss a target by more than the margin"
          >
            {d.underperforming} of {judged} below target
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
            title={d.overall.misses.map((m) => m.text).join('\n') || undefined}
          >
            {d.overall.underperforming ? `Campaign below target: ${d.overall.misses[0]!.text}` : 'Campaign on target'}
          </Badge>
        )}
        {campaign && <CampaignPeriod startDate={campaign.startDate} endDate={campaign.endDate} />}
        <Group gap="xs" ml="auto">
          <Button variant="default" size="sm" leftSection={<IconPencil size={16} />} onClick={onEdit} disabled={!onEdit}>
            Edit campaign
          </Button>
          <ReportActions campaignId={d.campaignId} campaignName={d.campaignName} disabled={d.rows.length === 0} />
        </Group>
      </Group>
    </Stack>
  );
}
