import { Anchor, Button, Card, Group, Text } from '@mantine/core';
import { IconChartBar, IconPencil } from '@tabler/icons-react';
import type { Campaign } from '../../../../shared/schemas';
import { formatMoney } from '../../format';
import { hrefOf } from '../../route';
import { describeTargets } from './targets';
import { ArchiveButton } from '../archive/ArchiveButton';
import { CampaignPeriod } from './CampaignPeriod';

export function CampaignCard({ campaign: c, onEdit }: { campaign: Campaign; onEdit: () => void }) {
  const targets = describeTargets(c.targets, c.currency);
  return (
    <Card withBorder padding="md" data-testid="campaign-card">
      <Anchor href={hrefOf('campaigns', c.id)} fw={600} c="inherit">
        {c.name}
      </Anchor>
      <Text size="sm" c="dimmed">
        {c.product || 'No product set'}
      </Text>
      <CampaignPeriod startDate={c.startDate} endDate={c.endDate} size="xs" />
      <Text size="sm" mt="xs">
        Budget: {c.budgetMinor === null ? 'not set' : formatMoney(c.budgetMinor, c.currency)}
      </Text>
      {targets && (
        <Text size="xs" c="dimmed" mt={4}>
          Targets: {targets}
        </Text>
      )}
      <Group gap="xs" mt="auto" pt="md">
        <Button component="a" href={hrefOf('campaigns', c.id)} size="xs" variant="light" leftSection={<IconChartBar size={14} />}>
          Open dashboard
        </Button>
        <Button size="xs" variant="subtle" color="gray" leftSection={<IconPencil size={14} />} onClick={onEdit} aria-label={`Edit ${c.name}`}>
          Edit
        </Button>
        <ArchiveButton kind="campaign" id={c.id} name={c.name} />
      </Group>
    </Card>
  );
}
