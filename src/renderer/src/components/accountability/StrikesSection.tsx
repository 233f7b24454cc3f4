import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertOctagon } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STRIKE_LIMIT, type Strike } from '../../../../shared/accountability/schemas';
import type { CollaborationDetail } from '../../../../shared/schemas';
import { useApiQuery } from '../../hooks/queries';
import { PanelModal } from './PanelModal';
import { StrikeForm } from './StrikeForm';
import { StrikeRow } from './StrikeRow';
import type { useEventLabels } from './useEventLabels';
import { WithdrawStrikeForm } from './WithdrawStrikeForm';
import { errorText } from '../../formErrors';

interface Props {
  collab: CollaborationDetail;
  events: ReturnType<typeof useEventLabels>;
}

/** All of the creator's strikes, since the limit counts across collaborations. */
export function StrikesSection({ collab, events }: Props) {
  const { t } = useTranslation('accountability');
  const strikes = useApiQuery('strikes.list', { creatorId: collab.creator.id });
  const [giving, setGiving] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Strike | null>(null);
  const list = strikes.data ?? [];
  const mixed = list.some((s) => s.collaborationId !== collab.id);
  return (
    <Stack gap="xs" component="section" aria-labelledby="strikes-title">
      <Group justify="space-between">
        <Title order={5} id="strikes-title">
          {t('strikes.title')}
        </Title>
        <Button size="xs" variant="light" color="red" leftSection={<IconAlertOctagon size={16} />} onClick={() => setGiving(true)}>
          {t('strikes.give')}
        </Button>
      </Group>
      {strikes.isError && (
        <Text size="sm" c="red">
          {errorText(strikes.error)}
        </Text>
      )}
      {strikes.data && list.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('strikes.empty', { limit: STRIKE_LIMIT })}
        </Text>
      )}
      {list.length > 0 && (
        <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('strikes.listLabel', { name: collab.creator.name })}>
          {list.map((s) => (
            <StrikeRow key={s.id} strike={s} here={s.collaborationId === collab.id} mixed={mixed} labelOf={events.labelOf} onWithdraw={() => setWithdrawing(s)} />
          ))}
        </Stack>
      )}
      <PanelModal opened={giving} onClose={() => setGiving(false)} title={t('strikes.giveTitle', { name: collab.creator.name })} size="lg">
        <StrikeForm collaborationId={collab.id} creatorName={collab.creator.name} events={events.options} onDone={() => setGiving(false)} />
      </PanelModal>
      <PanelModal opened={withdrawing !== null} onClose={() => setWithdrawing(null)} title={t('strikes.withdrawTitle')}>
        {withdrawing && <WithdrawStrikeForm strike={withdrawing} onDone={() => setWithdrawing(null)} />}
      </PanelModal>
    </Stack>
  );
}
