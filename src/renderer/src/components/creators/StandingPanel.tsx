import { Alert, Anchor, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Standing, STRIKE_LIMIT } from '../../../../shared/accountability/schemas';
import { formatDate } from '../../format';
import { errorText } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';
import { hrefOf } from '../../route';

interface Props {
  name: string;
  standing: Standing;
}

/** Whether they may join new collaborations, and if not, what would change that. */
export function StandingPanel({ name, standing }: Props) {
  const { t } = useTranslation('creators');
  if (standing.active) {
    const counts = { count: standing.activeStrikes, limit: STRIKE_LIMIT };
    return (
      <Text size="sm" c={standing.activeStrikes > 0 ? 'orange' : 'dimmed'} data-testid="standing">
        {standing.activeStrikes === STRIKE_LIMIT - 1 ? t('standing.activeLastOne', counts) : t('standing.active', counts)}
      </Text>
    );
  }
  const owed = standing.openObligations;
  return (
    <Alert
      color={standing.inactiveByStrikes ? 'red' : 'gray'}
      title={standing.inactiveByStrikes ? t('status.inactiveByStrikes', { count: standing.activeStrikes }) : t('status.inactive')}
      data-testid="standing"
    >
      <Stack gap="xs">
        <Text size="sm">
          {owed.length > 0
            ? t('standing.owes', { name })
            : standing.inactiveByStrikes
              ? t('standing.owesNothing', { name })
              : t('standing.byHand', { name })}
        </Text>
        {owed.length > 0 && (
          <List size="sm" spacing={2} aria-label={t('standing.obligations')}>
            {owed.map((o) => (
              <List.Item key={o.milestoneId}>
                <Anchor size="sm" href={hrefOf('board', o.collaborationId, 'contract')}>
                  {o.name}
                </Anchor>
                {obligationRest(t, o.campaignName, o.dueDate)}
              </List.Item>
            ))}
          </List>
        )}
        <Group>
          <ReactivateButton creatorId={standing.creatorId} name={name} strikes={standing.inactiveByStrikes ? standing.activeStrikes : 0} />
        </Group>
      </Stack>
    </Alert>
  );
}

/** What follows the obligation's name: its campaign and when it was due, where known. */
function obligationRest(t: TFunction<'creators'>, campaign: string | null, due: string | null): string {
  if (campaign && due) return t('standing.obligationForDue', { campaign, date: formatDate(due) });
  if (campaign) return t('standing.obligationFor', { campaign });
  return due ? t('standing.obligationDue', { date: formatDate(due) }) : '';
}

function ReactivateButton({ creatorId, name, strikes }: { creatorId: number; name: string; strikes: number }) {
  const { t } = useTranslation('creators');
  const [confirming, setConfirming] = useState(false);
  const update = useApiMutation('influencers.update');
  const confirm = () =>
    update.mutate(
      { id: creatorId, active: true },
      {
        onSuccess: () => notifications.show({ message: t('standing.reactivated', { name }) }),
        onError: (e) => notifications.show({ color: 'red', title: t('standing.stillInactive'), message: errorText(e) }),
        onSettled: () => setConfirming(false),
      },
    );
  return (
    <>
      <Button size="xs" variant="default" onClick={() => setConfirming(true)}>
        {t('standing.reactivate')}
      </Button>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('standing.confirmTitle', { name })} size="sm">
        <Stack gap="md">
          <Text size="sm">{strikes > 0 ? t('standing.confirmServed', { count: strikes }) : t('standing.confirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('standing.cancel')}
            </Button>
            <Button loading={update.isPending} onClick={confirm}>
              {t('standing.makeActive')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
