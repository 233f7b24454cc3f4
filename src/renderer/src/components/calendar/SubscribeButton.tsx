import { Alert, Button, CopyButton, Group, Popover, Stack, Text, TextInput } from '@mantine/core';
import { IconCalendarShare } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarFeedProblem } from '../../../../shared/calendar';
import { ExternalLink } from '../ExternalLink';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { errorText } from '../../formErrors';

const PROBLEM_KEYS = { port_in_use: 'feed.portInUse', not_running: 'feed.notRunning' } as const satisfies Record<CalendarFeedProblem, string>;

/** The live feed: an address calendar apps on this computer subscribe to, and a way to change it. */
export function SubscribeButton() {
  const { t } = useTranslation(['calendar', 'common']);
  const feed = useApiQuery('calendar.feed', {});
  const renew = useApiMutation('calendar.renewFeed');
  const data = feed.data;
  const [confirming, setConfirming] = useState(false);
  return (
    <Popover width={420} position="bottom-end" shadow="md" trapFocus>
      <Popover.Target>
        <Button variant="light" leftSection={<IconCalendarShare size={16} />}>
          {t('feed.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        {data ? (
          <Stack gap="xs">
            <Text size="sm">{t('feed.about')}</Text>
            {data.problem ? (
              <Alert color="orange" variant="light" role="status">
                {/* A port is a number to type, not an amount: no thousands separator. */}
                {t(PROBLEM_KEYS[data.problem], { port: String(data.port) })}
              </Alert>
            ) : null}
            <Group gap="xs" align="end" wrap="nowrap">
              <TextInput label={t('feed.address')} value={data.webcalUrl} readOnly style={{ flex: 1 }} onFocus={(e) => e.currentTarget.select()} />
              <CopyButton value={data.webcalUrl}>
                {({ copied, copy }) => (
                  <Button variant="default" onClick={copy}>
                    {copied ? t('feed.copied') : t('feed.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            {confirming ? (
              <Alert color="red" variant="light" title={t('feed.renewTitle')}>
                <Text size="sm">{t('feed.renewText')}</Text>
                <Group gap="xs" mt="xs">
                  <Button size="compact-sm" color="red" loading={renew.isPending} onClick={() => renew.mutate({}, { onSuccess: () => setConfirming(false) })}>
                    {t('feed.renew')}
                  </Button>
                  <Button size="compact-sm" variant="default" onClick={() => setConfirming(false)}>
                    {t('feed.keep')}
                  </Button>
                </Group>
                {renew.error ? (
                  <Text size="sm" c="red" mt="xs">
                    {errorText(renew.error)}
                  </Text>
                ) : null}
              </Alert>
            ) : (
              <Group justify="space-between">
                <ExternalLink href={data.webcalUrl} size="sm">
                  {t('feed.open')}
                </ExternalLink>
                <Button variant="subtle" size="compact-sm" color="red" onClick={() => setConfirming(true)}>
                  {t('feed.newAddress')}
                </Button>
              </Group>
            )}
          </Stack>
        ) : (
          <Text size="sm">{feed.error ? errorText(feed.error) : t('common:loading')}</Text>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
