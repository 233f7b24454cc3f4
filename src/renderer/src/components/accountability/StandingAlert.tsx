import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconUserOff } from '@tabler/icons-react';
import { type OpenObligation, STRIKE_LIMIT } from '../../../../shared/accountability/schemas';
import { formatDate } from '../../format';
import { useApiQuery } from '../../hooks/queries';
import { plural } from './notify';

function Obligation({ o }: { o: OpenObligation }) {
  return (
    <List.Item>
      <Text size="sm" span fw={600}>
        {o.name}
      </Text>
      <Text size="sm" span c="dimmed">
        {o.campaignName ? ` · ${o.campaignName}` : ''}
        {o.dueDate ? ` · due ${formatDate(o.dueDate)}` : ''}
      </Text>
    </List.Item>
  );
}

/** Whether the creator may join new collaborations, and what would make them active again. */
export function StandingAlert({ creatorId, creatorName }: { creatorId: number; creatorName: string }) {
  const standing = useApiQuery('influencers.standing', { id: creatorId });
  const s = standing.data;
  if (!s || s.creatorId !== creatorId) return null;

  if (!s.active) {
    const title = s.inactiveByStrikes ? `Inactive: ${plural(s.activeStrikes, 'active strike')}` : 'Inactive';
    return (
      <Alert color="red" variant="light" icon={<IconUserOff size={20} />} title={title} data-testid="standing">
        {s.openObligations.length > 0 ? (
          <>
            <Text size="sm">{creatorName} cannot join new collaborations until they complete:</Text>
            <List size="sm" mt={4} spacing={2}>
              {s.openObligations.map((o) => (
                <Obligation key={o.milestoneId} o={o} />
              ))}
            </List>
          </>
        ) : (
          <Text size="sm">
            {creatorName} cannot join new collaborations. They owe nothing now; make them active again on the Creators page if you want to work with them.
          </Text>
        )}
      </Alert>
    );
  }

  if (s.activeStrikes === 0) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={20} />} p="xs" data-testid="standing">
      <Text size="sm">
        {s.activeStrikes} of {STRIKE_LIMIT} strikes. At {STRIKE_LIMIT}, {creatorName} becomes inactive until their open work is done.
      </Text>
    </Alert>
  );
}
