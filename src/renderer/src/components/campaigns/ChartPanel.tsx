import { Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function ChartPanel({ title, testId, controls, children }: { title: string; testId: string; controls?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId} component="section" aria-label={title}>
      <Group justify="space-between" mb="sm" gap="xs" mih={28}>
        <Text fw={600} size="sm">
          {title}
        </Text>
        {controls}
      </Group>
      {children}
    </Paper>
  );
}
