import { Alert, Button, Center, Group, Loader, ScrollArea, Stack, Switch, Text, ThemeIcon, Title } from '@mantine/core';
import { IconChecks, IconMoodSmile } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reminderTab } from '../../../../shared/cardTabs';
import { followUpOf } from '../../../../shared/rules/followUp';
import type { NotificationRecord } from '../../../../shared/reminders/schemas';
import { DesktopAlertsButton } from './DesktopAlertsButton';
import { ReminderItem, type ReminderItemActions } from './ReminderItem';
import { useAllReminders, useReminderActions, useUnreadReminders } from './useReminders';
import { errorText } from '../../formErrors';

/** The bell's panel: what needs the user now, and on request everything that reminded before. */
export function NotificationCentre({ headingId, onNavigate }: { headingId: string; onNavigate: () => void }) {
  const { t } = useTranslation('notifications');
  const [showEarlier, setShowEarlier] = useState(false);
  const unread = useUnreadReminders();
  const all = useAllReminders(showEarlier);
  const actions = useReminderActions();
  const shown = showEarlier ? all : unread;
  // Whether a reminder is unread is the app's call (snoozes run on its clock), not the page's.
  const unreadIds = useMemo(() => new Set(unread.data?.items.map((r) => r.id)), [unread.data]);
  const unreadCount = unread.data?.unread ?? 0;

  const itemActions: ReminderItemActions = {
    open: (r: NotificationRecord) => {
      onNavigate();
      // "Follow up" opens the composer on the message that answers this reminder, filled in.
      actions.open(r.collaborationId, [r.id], reminderTab(r.party), followUpOf(r));
    },
    snooze: (r) => actions.snoozeDay([r.id]),
    acknowledge: (r) => actions.acknowledge([r.id]),
    busy: actions.busy,
  };

  return (
    <Stack gap={0}>
      <Group justify="space-between" px="sm" pt="sm" pb="xs" wrap="nowrap">
        <Title order={5} id={headingId}>
          {t('centre.heading')}
        </Title>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconChecks size={14} />}
          disabled={unreadCount === 0 || actions.busy}
          onClick={actions.acknowledgeAll}
        >
          {t('centre.acknowledgeAll')}
        </Button>
      </Group>
      <ScrollArea.Autosize mah="min(520px, calc(100dvh - 180px))" type="auto">
        {shown.isPending ? (
          <Center p="lg">
            <Loader size="sm" />
          </Center>
        ) : shown.isError ? (
          <Alert color="red" m="sm" title={t('centre.notLoaded')}>
            {errorText(shown.error)}
          </Alert>
        ) : shown.data.items.length === 0 ? (
          <Empty earlier={showEarlier} />
        ) : (
          <Stack component="ul" gap={0} m={0} p={0} aria-label={showEarlier ? t('centre.all') : t('centre.unread')}>
            {shown.data.items.map((r) => (
              <ReminderItem key={r.id} record={r} unread={unreadIds.has(r.id)} actions={itemActions} />
            ))}
          </Stack>
        )}
      </ScrollArea.Autosize>
      <Group justify="space-between" px="sm" py="xs" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
        <Switch size="xs" label={t('centre.showEarlier')} checked={showEarlier} onChange={(e) => setShowEarlier(e.currentTarget.checked)} />
        <DesktopAlertsButton />
      </Group>
    </Stack>
  );
}

function Empty({ earlier }: { earlier: boolean }) {
  const { t } = useTranslation('notifications');
  return (
    <Stack align="center" gap={6} p="lg" ta="center">
      <ThemeIcon variant="light" color="teal" radius="xl" size="lg">
        <IconMoodSmile size={20} />
      </ThemeIcon>
      <Text size="sm" fw={500}>
        {earlier ? t('centre.noneYet') : t('centre.nothingNow')}
      </Text>
      <Text size="xs" c="dimmed">
        {earlier ? t('centre.noneYetHint') : t('centre.nothingNowHint')}
      </Text>
    </Stack>
  );
}
