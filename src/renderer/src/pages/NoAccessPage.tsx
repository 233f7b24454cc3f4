import { Center, Code, Stack, Text, Title } from '@mantine/core';

export function NoAccessPage() {
  return (
    <Center h="100%">
      <Stack maw={520} gap="sm">
        <Title order={2}>Open Followthrough from its address</Title>
        <Text>
          This page needs the private address Followthrough printed when it started, the one ending in
          <Code>?token=…</Code>. Copy it from the terminal window where you ran <Code>npm start</Code> or{' '}
          <Code>npm run serve</Code>.
        </Text>
      </Stack>
    </Center>
  );
}
