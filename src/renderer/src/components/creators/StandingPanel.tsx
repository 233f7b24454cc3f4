import { Alert, Anchor, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { type Standing, STRIKE_LIMIT } from '../../../../shared/accountability/schemas';
import { formatDate } from '../../format';
import { useApiMutation } from '../../hooks/queries';
import { hrefOf } from '../../route';

interface Props {
  name: string;
  standing: Standing;
}

/** Whether they may join new collaborations, and if not, what would change that. */
export function StandingPanel({ name, standing }: Props) {
  if (standing.active) {
    return (
      <Text size="sm" c={standing.activeStrikes > 0 ? 'orange' : 'dimmed'} data-testid="standing">
        Active · {standing.activeStrikes} of {STRIKE_LIMIT} strikes{standing.activeStrikes === STRIKE_LIMIT - 1 ? ': one more makes them inactive' : ''}
      </Text>
    );
  }
  const owed = standing.openObligations;
  return (
    <Alert color={standing.inactiveByStrikes ? 'red' : 'gray'} title={standing.inactiveByStrikes ? `Inactive · ${standing.activeStrikes} strikes` : 'Inactive'} data-testid="standing">
      <Stack gap="xs">
        <Text size="sm">
          {owed.length > 0
            ? `${name} cannot join new collaborations until these are completed; then they are active again.`
            : standing.inactiveByStrikes
              ? `${name} owes nothing now. Make them active again if you want to work with them.`
              : `${name} was made inactive by hand and cannot join new collaborations.`}
        </Text>
        {owed.length > 0 && (
          <List size="sm" spacing={2} aria-label="Open obligations">
            {owed.map((o) => (
              <List.Item key={o.milestoneId}>
                <Anchor size="sm" href={hrefOf('board', o.collaborationId, 'contract')}>
                  {o.name}
                </Anchor>
                {o.campaignName ? ` for ${o.campaignName}` : ''}
                {o.dueDate ? `, due ${formatDate(o.dueDate)}` : ''}
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

function ReactivateButton({ creatorId, name, strikes }: { creatorId: number; name: string; strikes: number }) {
  const [confirming, setConfirming] = useState(false);
  const update = useApiMutation('influencers.update');
  const confirm = () =>
    update.mutate(
      { id: creatorId, active: true },
      {
        onSuccess: () => notifications.show({ message: `${name} is active again.` }),
        onError: (e) => notifications.show({ color: 'red', title: 'Still inactive', message: e.message }),
        onSettled: () => setConfirming(false),
      },
    );
  return (
    <>
      <Button size="xs" variant="default" onClick={() => setConfirming(true)}>
        Make active again
      </Button>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={`Make ${name} active again?`} size="sm">
        <Stack gap="md">
          <Text size="sm">
            {strikes > 0
              ? `They can join new collaborations at once. Their ${strikes} strikes count as served, and the change is kept in their history.`
              : 'They can join new collaborations at once.'}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button loading={update.isPending} onClick={confirm}>
              Make active
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
