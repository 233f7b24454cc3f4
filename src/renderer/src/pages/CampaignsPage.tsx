import { Button, Card, Center, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Campaign, CampaignTargets } from '../../../shared/schemas';
import { CampaignForm } from '../components/forms/CampaignForm';
import { formatCount, formatMoney } from '../format';
import { useApiQuery } from '../hooks/queries';

const TARGET_LABELS: Record<keyof CampaignTargets, string> = {
  posts: 'posts',
  views: 'views',
  engagementRatePct: '% engagement',
  clicks: 'clicks',
  conversions: 'conversions',
  cpmMaxMinor: 'CPM at most',
  cpeMaxMinor: 'per engagement at most',
  costPerConversionMaxMinor: 'per conversion at most',
  marginPct: '% margin',
};

const COST_TARGETS = new Set<keyof CampaignTargets>(['cpmMaxMinor', 'cpeMaxMinor', 'costPerConversionMaxMinor']);

function describeTargets(targets: CampaignTargets, currency: string): string {
  return (Object.entries(targets) as [keyof CampaignTargets, number][])
    .map(([k, v]) => (COST_TARGETS.has(k) ? `${TARGET_LABELS[k]} ${formatMoney(v, currency)}` : `${formatCount(v)} ${TARGET_LABELS[k]}`))
    .join(' · ');
}

export function CampaignsPage() {
  const campaigns = useApiQuery('campaigns.list', {});
  const [editing, setEditing] = useState<Campaign | 'new' | null>(null);
  return (
    <Stack gap="sm">
      <Group>
        <Title order={3}>Campaigns</Title>
        <Button ml="auto" leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          Add campaign
        </Button>
      </Group>
      {campaigns.data?.length === 0 && (
        <Center mt="xl">
          <Text c="dimmed">No campaigns yet. A campaign groups collaborations around one product or goal.</Text>
        </Center>
      )}
      <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }}>
        {(campaigns.data ?? []).map((c) => (
          <Card key={c.id} withBorder padding="md" component="button" onClick={() => setEditing(c)} style={{ textAlign: 'left', cursor: 'pointer' }}>
            <Text fw={600}>{c.name}</Text>
            <Text size="sm" c="dimmed">
              {c.product || 'No product set'}
            </Text>
            <Text size="sm" mt="xs">
              Budget: {c.budgetMinor === null ? 'not set' : formatMoney(c.budgetMinor, c.currency)}
            </Text>
            {Object.keys(c.targets).length > 0 && (
              <Text size="xs" c="dimmed" mt={4}>
                Targets: {describeTargets(c.targets, c.currency)}
              </Text>
            )}
          </Card>
        ))}
      </SimpleGrid>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'New campaign' : 'Edit campaign'} size="lg">
        {editing !== null && <CampaignForm campaign={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}
