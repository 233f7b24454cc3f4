import { Badge, List, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type { Verdict } from '../../../../shared/metrics/schemas';

/** "Below target" with the misses on hover (and read out by screen readers); "On target"; or nothing to judge yet. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  if (!verdict.judged) {
    return (
      <Text size="xs" c="dimmed">
        No numbers yet
      </Text>
    );
  }
  if (!verdict.underperforming) {
    return (
      <Badge color="teal" variant="light" radius="sm" tt="none">
        On target
      </Badge>
    );
  }
  const misses = verdict.misses.map((m) => m.text);
  return (
    <Tooltip
      multiline
      maw={360}
      withArrow
      label={
        <List size="xs" spacing={2} c="inherit">
          {misses.map((text) => (
            <List.Item key={text}>{text}</List.Item>
          ))}
        </List>
      }
    >
      <Badge color="red" variant="light" radius="sm" tt="none" data-testid="below-target" data-misses={misses.join('; ')}>
        Below target
        <VisuallyHidden>: {misses.join('; ')}</VisuallyHidden>
      </Badge>
    </Tooltip>
  );
}
