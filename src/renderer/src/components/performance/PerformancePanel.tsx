import { Alert, Anchor, Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { showCount, showMoney, showPct } from '../../../../shared/metrics/format';
import type { Deliverable } from '../../../../shared/metrics/schemas';
import { PLATFORM_LABELS } from '../../../../shared/platforms';
import type { CollaborationDetail } from '../../../../shared/schemas';
import { formatDateTime } from '../../format';
import { PanelModal } from '../accountability/PanelModal';
import { useApiQuery } from '../../hooks/queries';
import { AddNumbersForm, AddPostForm } from './PostForms';
import { RemedialPlanView } from './RemedialPlanView';

/** A collaboration's posts and numbers, how they compare with the campaign's targets, and what to do. */
export function PerformancePanel({ collab }: { collab: CollaborationDetail }) {
  const posts = useApiQuery('deliverables.list', { collaborationId: collab.id });
  const perf = useApiQuery('metrics.performance', { collaborationId: collab.id });
  const plan = useApiQuery('remedial.plan', { collaborationId: collab.id });
  const [adding, setAdding] = useState(false);
  const [numbersFor, setNumbersFor] = useState<Deliverable | null>(null);
  if (!perf.data || !posts.data) return <Loader size="sm" />;
  const p = perf.data.performance;
  const verdict = perf.data.verdict;
  const money = (minor: number | null) => showMoney(minor, collab.currency);
  const stats: [string, string][] = [
    ['Views', showCount(p.views)],
    ['Engagement rate', showPct(p.engagementRatePct)],
    ['Clicks', showCount(p.clicks)],
    ['Conversions', showCount(p.conversions)],
    ['Cost', money(p.costMinor)],
    ['CPM', money(p.cpmMinor)],
    ['Cost per engagement', money(p.cpeMinor)],
    ['Cost per conversion', money(p.costPerConversionMinor)],
  ];
  const showPlan = plan.data && (verdict.underperforming || plan.data.steps.some((s) => s.doneAt !== null));
  return (
    <Stack gap="md">
      {!verdict.judged ? (
        <Text size="sm" c="dimmed">
          No numbers yet. Add the posts and their numbers as you read them{collab.campaign ? `; they are compared with ${collab.campaign.name}'s targets` : ''}.
        </Text>
      ) : verdict.underperforming ? (
        <Alert color="orange" title="Below target" data-testid="verdict">
          <Stack gap={2}>
            {verdict.misses.map((m) => (
              <Text key={m.target} size="sm">
                {m.text}
              </Text>
            ))}
            <Text size="xs" c="dimmed">
              Flagged when a target is missed by more than {verdict.marginPct} %.
            </Text>
          </Stack>
        </Alert>
      ) : (
        <Alert color="teal" title="On target" data-testid="verdict">
          Every target of the campaign is met, within {verdict.marginPct} %.
        </Alert>
      )}
      <SimpleGrid cols={4} spacing="xs">
        {stats.map(([label, value]) => (
          <Paper key={label} withBorder p="xs">
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={600}>{value}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      {showPlan && plan.data && <RemedialPlanView plan={plan.data} collaborationId={collab.id} />}
      <Stack gap="xs" component="section" aria-label="Posts">
        <Group justify="space-between">
          <Text fw={600}>Posts</Text>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
            Add post
          </Button>
        </Group>
        {posts.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            No posts yet.
          </Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Post</Table.Th>
                <Table.Th>Views</Table.Th>
                <Table.Th>Likes</Table.Th>
                <Table.Th>Read</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {posts.data.map((d) => (
                <Table.Tr key={d.id} data-testid="post">
                  <Table.Td>
                    <Badge variant="light" tt="none" mr={6}>
                      {PLATFORM_LABELS[d.platform]}
                    </Badge>
                    {d.url ? (
                      <Anchor href={d.url} target="_blank" rel="noreferrer" size="sm">
                        {d.title || d.url}
                      </Anchor>
                    ) : (
                      <Text span size="sm">
                        {d.title || 'Untitled post'}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{showCount(d.latest?.views ?? null)}</Table.Td>
                  <Table.Td>{showCount(d.latest?.likes ?? null)}</Table.Td>
                  <Table.Td>{d.latest ? formatDateTime(d.latest.capturedAt) : '—'}</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" onClick={() => setNumbersFor(d)}>
                      Add numbers
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <PanelModal opened={adding} onClose={() => setAdding(false)} title="Add a post">
        <AddPostForm collaborationId={collab.id} onDone={() => setAdding(false)} />
      </PanelModal>
      <PanelModal opened={numbersFor !== null} onClose={() => setNumbersFor(null)} title="Add numbers">
        {numbersFor && <AddNumbersForm deliverableId={numbersFor.id} currency={collab.currency} onDone={() => setNumbersFor(null)} />}
      </PanelModal>
    </Stack>
  );
}
