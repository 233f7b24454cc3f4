import { Text } from '@mantine/core';
import type { OpenObligation } from '../../../../shared/accountability/schemas';
import { formatDate } from '../../format';
import { useApiQuery } from '../../hooks/queries';

/** "owes: First draft (due 17 Mar 2026) on Spring launch"; the reason an inactive creator cannot be chosen. */
export function owesWords(owed: OpenObligation[]): string {
  if (owed.length === 0) return 'inactive: made so by hand on the Creators page';
  const one = (o: OpenObligation) => `${o.name}${o.dueDate ? ` (due ${formatDate(o.dueDate)})` : ''}${o.campaignName ? ` on ${o.campaignName}` : ''}`;
  return `owes: ${owed.slice(0, 2).map(one).join('; ')}${owed.length > 2 ? ` and ${owed.length - 2} more` : ''}`;
}

/** Why an inactive creator is greyed out in the picker, read when the list is open. */
export function OwesLine({ creatorId }: { creatorId: number }) {
  const standing = useApiQuery('influencers.standing', { id: creatorId });
  if (!standing.data) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="owes">
      {owesWords(standing.data.openObligations)}
    </Text>
  );
}
