import { Badge } from '@mantine/core';
import { useApiQuery } from '../../hooks/queries';

/** Active or inactive; an inactive creator says whether strikes put them there. */
export function CreatorStatus({ creatorId, active }: { creatorId: number; active: boolean }) {
  if (active) {
    return (
      <Badge color="teal" variant="light">
        Active
      </Badge>
    );
  }
  return <InactiveStatus creatorId={creatorId} />;
}

// Only inactive rows ask for their standing: they are few, and the list itself does not carry strikes.
function InactiveStatus({ creatorId }: { creatorId: number }) {
  const standing = useApiQuery('influencers.standing', { id: creatorId }).data;
  const byStrikes = standing?.inactiveByStrikes === true;
  return (
    <Badge color={byStrikes ? 'red' : 'gray'} variant="light" title={byStrikes ? 'Made inactive by the strike limit: open the creator to see what they still owe' : undefined}>
      {byStrikes ? `Inactive · ${standing.activeStrikes} strikes` : 'Inactive'}
    </Badge>
  );
}
