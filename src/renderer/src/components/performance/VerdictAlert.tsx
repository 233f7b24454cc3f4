import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { TARGET_KEYS, type Verdict } from '../../../../shared/metrics/schemas';
import type { Campaign } from '../../../../shared/schemas';

/** How the numbers compare with the campaign's targets, or why they cannot be compared yet. */
export function VerdictAlert({ verdict, campaign, nextStep, onShowPlan }: { verdict: Verdict; campaign: Campaign | null; nextStep?: string; onShowPlan: () => void }) {
  const hasTargets = campaign !== null && TARGET_KEYS.some((k) => campaign.targets[k] !== undefined);
  if (!hasTargets) {
    return (
      <Alert color="gray" variant="light" icon={<IconInfoCircle />} title="No targets to compare with" data-testid="verdict">
        {campaign
          ? `${campaign.name} has no targets for views, clicks, conversions, engagement or costs. Set them on the campaign to see whether this collaboration keeps up.`
          : 'This collaboration is not part of a campaign, so there are no targets to compare its numbers with.'}
      </Alert>
    );
  }
  if (!verdict.judged) {
    return (
      <Text size="sm" c="dimmed" data-testid="verdict">
        No numbers yet. Add the posts and their numbers as you read them; they are compared with {campaign.name}’s targets.
      </Text>
    );
  }
  if (verdict.underperforming) {
    return (
      <Alert color="orange" variant="light" icon={<IconAlertTriangle />} title="Below target" data-testid="verdict">
        <List size="sm" spacing={2}>
          {verdict.misses.map((m) => (
            <List.Item key={m.target}>{m.text}</List.Item>
          ))}
        </List>
        <Text size="xs" c="dimmed" mt={6}>
          Flagged because a target of {campaign.name} is missed by more than {verdict.marginPct} %.
        </Text>
        {nextStep && (
          <Text size="sm" mt={6}>
            Next step of the remedial plan: <b>{nextStep}</b>.{' '}
            <Anchor component="button" type="button" size="sm" onClick={onShowPlan}>
              Show the plan
            </Anchor>
          </Text>
        )}
      </Alert>
    );
  }
  return (
    <Alert color="teal" variant="light" icon={<IconCircleCheck />} title="On target" data-testid="verdict">
      The numbers known so far meet {campaign.name}’s targets, within {verdict.marginPct} %.
    </Alert>
  );
}
