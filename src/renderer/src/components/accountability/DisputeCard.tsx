import { Badge, Button, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { Dispute } from '../../../../shared/accountability/schemas';
import { formatDate, formatDateTime } from '../../format';
import { useApiMutation } from '../../hooks/queries';
import { DisputeForm } from './DisputeForm';
import { LinkedEvents } from './LinkedEvents';
import { MediationSteps } from './MediationSteps';
import { showFailure } from './notify';
import { PanelModal } from './PanelModal';
import { SettleForm } from './SettleForm';
import type { useEventLabels } from './useEventLabels';

function Part({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

function Words({ text, empty }: { text: string; empty: string }) {
  return text ? (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {text}
    </Text>
  ) : (
    <Text size="sm" c="dimmed">
      {empty}
    </Text>
  );
}

interface Props {
  dispute: Dispute;
  collaborationId: number;
  events: ReturnType<typeof useEventLabels>;
}

export function DisputeCard({ dispute, collaborationId, events }: Props) {
  const update = useApiMutation('disputes.update');
  const [editing, setEditing] = useState(false);
  const [settling, setSettling] = useState(false);
  const settled = dispute.resolvedOn !== null;
  const reopen = () =>
    update.mutateAsync({ id: dispute.id, resolvedOn: null }).catch((e: unknown) => showFailure('The dispute was not reopened', e));

  return (
    <Paper withBorder p="sm" radius="md" data-testid="dispute" aria-label="Dispute" component="article">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Badge color={settled ? 'teal' : 'orange'} variant="light" tt="none">
              {settled ? 'Settled' : 'Open dispute'}
            </Badge>
            <Text size="xs" c="dimmed">
              {settled ? `Settled on ${formatDate(dispute.resolvedOn!)}` : `Opened ${formatDateTime(dispute.openedAt)}`}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="subtle" leftSection={<IconEdit size={14} />} onClick={() => setEditing(true)}>
              Edit
            </Button>
            {settled ? (
              <Button size="compact-xs" variant="subtle" color="gray" onClick={() => void reopen()} loading={update.isPending}>
                Reopen
              </Button>
            ) : (
              <Button size="compact-xs" variant="light" color="teal" onClick={() => setSettling(true)}>
                Mark settled
              </Button>
            )}
          </Group>
        </Group>
        <Part label="Issue">
          <Words text={dispute.issue} empty="" />
        </Part>
        <Group grow align="flex-start" gap="md">
          <Part label="Our position">
            <Words text={dispute.ourPosition} empty="Not written down yet" />
          </Part>
          <Part label="The creator's position">
            <Words text={dispute.creatorPosition} empty="Not written down yet" />
          </Part>
        </Group>
        {dispute.eventIds.length > 0 && (
          <Part label="Linked events">
            <LinkedEvents ids={dispute.eventIds} labelOf={events.labelOf} />
          </Part>
        )}
        {(settled || dispute.outcome) && (
          <Part label="Outcome">
            <Words text={dispute.outcome} empty="No outcome written down" />
          </Part>
        )}
        <Divider />
        <Part label="Mediation">
          <MediationSteps dispute={dispute} />
        </Part>
      </Stack>
      <PanelModal opened={editing} onClose={() => setEditing(false)} title="Edit the dispute" size="lg">
        <DisputeForm collaborationId={collaborationId} dispute={dispute} events={events.options} onDone={() => setEditing(false)} />
      </PanelModal>
      <PanelModal opened={settling} onClose={() => setSettling(false)} title="Settle the dispute">
        <SettleForm dispute={dispute} onDone={() => setSettling(false)} />
      </PanelModal>
    </Paper>
  );
}
