import { List, Text } from '@mantine/core';

/** The events a strike or a dispute points to, in words. */
export function LinkedEvents({ ids, labelOf }: { ids: number[]; labelOf: (id: number) => string }) {
  if (ids.length === 0) return null;
  return (
    <List size="sm" spacing={2} aria-label="Linked events">
      {ids.map((id) => (
        <List.Item key={id}>
          <Text size="sm" span>
            {labelOf(id)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
