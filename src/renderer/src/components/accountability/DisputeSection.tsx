import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../hooks/queries';
import { DisputeCard } from './DisputeCard';
import { DisputeForm } from './DisputeForm';
import { PanelModal } from './PanelModal';
import type { useEventLabels } from './useEventLabels';
import { errorText } from '../../formErrors';

interface Props {
  collaborationId: number;
  events: ReturnType<typeof useEventLabels>;
}

/** The dispute record: one open at a time, settled ones stay for the history. */
export function DisputeSection({ collaborationId, events }: Props) {
  const { t } = useTranslation('accountability');
  const disputes = useApiQuery('disputes.list', { collaborationId });
  const [opening, setOpening] = useState(false);
  const list = disputes.data ?? [];
  const anyOpen = list.some((d) => d.resolvedOn === null);
  return (
    <Stack gap="xs" component="section" aria-labelledby="dispute-title">
      <Group justify="space-between">
        <Title order={5} id="dispute-title">
          {t('dispute.title')}
        </Title>
        {disputes.data && !anyOpen && (
          <Button size="xs" variant="light" color="orange" leftSection={<IconScale size={16} />} onClick={() => setOpening(true)}>
            {t('dispute.open')}
          </Button>
        )}
      </Group>
      {disputes.isError && (
        <Text size="sm" c="red">
          {errorText(disputes.error)}
        </Text>
      )}
      {disputes.data && list.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('dispute.empty')}
        </Text>
      )}
      {list.map((d) => (
        <DisputeCard key={d.id} dispute={d} collaborationId={collaborationId} events={events} />
      ))}
      <PanelModal opened={opening} onClose={() => setOpening(false)} title={t('dispute.open')} size="lg">
        <DisputeForm collaborationId={collaborationId} events={events.options} onDone={() => setOpening(false)} />
      </PanelModal>
    </Stack>
  );
}
