import { Alert, Button, CopyButton, Group, Popover, Stack, Text, TextInput } from '@mantine/core';
import { IconCalendarShare } from '@tabler/icons-react';
import { useState } from 'react';
import type { CalendarFeedProblem } from '../../../../shared/calendar';
import { ExternalLink } from '../ExternalLink';
import { useApiMutation, useApiQuery } from '../../hooks/queries';

const PROBLEM_WORDS: Record<CalendarFeedProblem, (port: number) => string> = {
  port_in_use: (port) =>
    `Another program on this computer uses port ${port}, so calendars cannot reach the feed right now. Close it, or start Followthrough with FOLLOWTHROUGH_FEED_PORT set to a free port (the address then changes).`,
  not_running: () => 'The feed is not being served right now. It starts with the app; try again in a moment.',
};

/** The live feed: an address calendar apps on this computer subscribe to, and a way to change it. */
export function SubscribeButton() {
  const feed = useApiQuery('calendar.feed', {});
  const renew = useApiMutation('calendar.renewFeed');
  const data = feed.data;
  const [confirming, setConfirming] = useState(false);
  return (
    <Popover width={420} position="bottom-end" shadow="md" trapFocus>
      <Popover.Target>
        <Button variant="light" leftSection={<IconCalendarShare size={16} />}>
          Subscribe
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        {data ? (
          <Stack gap="xs">
            <Text size="sm">
              Calendar apps on this computer keep every deadline up to date from this address while Followthrough runs, with an alarm the day before and
              a link back to the card.
            </Text>
            {data.problem ? (
              <Alert color="orange" variant="light" role="status">
                {PROBLEM_WORDS[data.problem](data.port)}
              </Alert>
            ) : null}
            <Group gap="xs" align="end" wrap="nowrap">
              <TextInput label="Feed address" value={data.webcalUrl} readOnly style={{ flex: 1 }} onFocus={(e) => e.currentTarget.select()} />
              <CopyButton value={data.webcalUrl}>
                {({ copied, copy }) => (
                  <Button variant="default" onClick={copy}>
                    {copied ? 'Copied' : 'Copy'}
                  </Button>
                )}
              </CopyButton>
            </Group>
            {confirming ? (
              <Alert color="red" variant="light" title="Make a new feed address?">
                <Text size="sm">Calendars subscribed to the current address stop getting updates; subscribe them again with the new one.</Text>
                <Group gap="xs" mt="xs">
                  <Button size="compact-sm" color="red" loading={renew.isPending} onClick={() => renew.mutate({}, { onSuccess: () => setConfirming(false) })}>
                    Make a new address
                  </Button>
                  <Button size="compact-sm" variant="default" onClick={() => setConfirming(false)}>
                    Keep this one
                  </Button>
                </Group>
                {renew.error ? (
                  <Text size="sm" c="red" mt="xs">
                    {renew.error.message}
                  </Text>
                ) : null}
              </Alert>
            ) : (
              <Group justify="space-between">
                <ExternalLink href={data.webcalUrl} size="sm">
                  Open in your calendar app
                </ExternalLink>
                <Button variant="subtle" size="compact-sm" color="red" onClick={() => setConfirming(true)}>
                  New address
                </Button>
              </Group>
            )}
          </Stack>
        ) : (
          <Text size="sm">{feed.error ? feed.error.message : 'Loading…'}</Text>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
