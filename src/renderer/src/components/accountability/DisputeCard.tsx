import { Badge, Button, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('accountability');
  const update = useApiMutation('disputes.update');
  const [editing, setEditing] = useState(false);
  const [settling, setSettling] = useState(false);
  const settled = dispute.resolvedOn !== null;
  const reopen = () =>
    update.mutateAsync({ id: dispute.id, resolvedOn: null }).catch((e: unknown) => showFailure(t('dispute.notReopened'), e));

  return (
    <Paper withBorder p="sm" radius="md" data-testid="dispute" aria-label={t('dispute.title')} component="article">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Badge color={settled ? 'teal' : 'orange'} variant="light" tt="none">
              {settled ? t('dispute.settled') : t('dispute.openBadge')}
            </Badge>
            <Text size="xs" c="dimmed">
              {settled ? t('dispute.settledOn', { date: formatDate(dispute.resolvedOn!) }) : t('dispute.openedAt', { at: formatDateTime(dispute.openedAt) })}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="subtle" leftSection={<IconEdit size={14} />} onClick={() => setEditing(true)}>
              {t('dispute.edit')}
            </Button>
            {settled ? (
              <Button size="compact-xs" variant="subtle" color="gray" onClick={() => void reopen()} loading={update.isPending}>
                {t('dispute.reopen')}
              </Button>
            ) : (
              <Button size="compact-xs" variant="light" color="teal" onClick={() => setSettling(true)}>
                {t('dispute.markSettled')}
              </Button>
            )}
          </Group>
        </Group>
        <Part label={t('dispute.issue')}>
          <Words text={dispute.issue} empty="" />
        </Part>
        <Group grow align="flex-start" gap="md">
          <Part label={t('dispute.ourPosition')}>
            <Words text={dispute.ourPosition} empty={t('dispute.notWrittenYet')} />
          </Part>
          <Part label={t('dispute.creatorPosition')}>
            <Words text={dispute.creatorPosition} empty={t('dispute.notWrittenYet')} />
          </Part>
        </Group>
        {dispute.eventIds.length > 0 && (
          <Part label={t('events.linked')}>
            <LinkedEvents ids={dispute.eventIds} labelOf={events.labelOf} />
          </Part>
        )}
        {(settled || dispute.outcome) && (
          <Part label={t('dispute.outcome')}>
            <Words text={dispute.outcome} empty={t('dispute.noOutcome')} />
          </Part>
        )}
        <Divider />
        <Part label={t('dispute.mediation')}>
          <MediationSteps dispute={dispute} />
        </Part>
      </Stack>
      <PanelModal opened={editing} onClose={() => setEditing(false)} title={t('dispute.editTitle')} size="lg">
        <DisputeForm collaborationId={collaborationId} dispute={dispute} events={events.options} onDone={() => setEditing(false)} />
      </PanelModal>
      <PanelModal opened={settling} onClose={() => setSettling(false)} title={t('dispute.settleTitle')}>
        <SettleForm dispute={dispute} onDone={() => setSettling(false)} />
      </PanelModal>
    </Paper>
  );
}
