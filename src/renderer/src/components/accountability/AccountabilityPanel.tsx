import { Divider, Stack } from '@mantine/core';
import type { CollaborationDetail } from '../../../../shared/schemas';
import { DisputeSection } from './DisputeSection';
import { EvidenceSection } from './EvidenceSection';
import { RatingSection } from './RatingSection';
import { ReliabilitySection } from './ReliabilitySection';
import { StandingAlert } from './StandingAlert';
import { StrikesSection } from './StrikesSection';
import { useEventLabels } from './useEventLabels';

/** The drawer's Accountability tab: the creator's standing, strikes, rating, dispute and evidence. */
export function AccountabilityPanel({ collab }: { collab: CollaborationDetail }) {
  // One load of the history serves every picker and every list of linked events.
  const events = useEventLabels(collab.id);
  return (
    <Stack gap="lg">
      <StandingAlert creatorId={collab.creator.id} creatorName={collab.creator.name} />
      <ReliabilitySection creatorId={collab.creator.id} />
      <StrikesSection collab={collab} events={events} />
      <Divider />
      <RatingSection collab={collab} />
      <Divider />
      <DisputeSection collaborationId={collab.id} events={events} />
      <Divider />
      <EvidenceSection collaborationId={collab.id} creatorName={collab.creator.name} />
    </Stack>
  );
}
