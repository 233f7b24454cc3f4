import { ActionIcon, Badge, Box, Button, Group, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconCheck, IconZzz } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { reminderTab } from '../../../../shared/cardTabs';
import type { NotificationRecord } from '../../../../shared/reminders/schemas';
import { reminderWords } from '../../../../shared/reminders/words';
import { formatDateTime, timeAgo } from '../../format';
import { KIND_STYLE } from './kindStyle';
import { pageWords } from './reminderText';

export interface ReminderItemActions {
  open(record: NotificationRecord): void;
  snooze(record: NotificationRecord): void;
  acknowledge(record: NotificationRecord): void;
  busy: boolean;
}

type State = 'unread' | 'resolved' | 'acknowledged' | 'snoozed';

/** Where a reminder stands; "resolved" means its obligation was met or a newer reminder replaced it. */
function stateOf(r: NotificationRecord, unread: boolean, t: TFunction<'notifications'>): { state: State; label: string | null } {
  if (unread) return { state: 'unread', label: null };
  if (r.closedAt) return { state: 'resolved', label: t('state.resolved') };
  if (r.acknowledgedAt) return { state: 'acknowledged', label: t('state.acknowledged') };
  return { state: 'snoozed', label: r.snoozedUntil ? t('state.snoozedUntil', { date: formatDateTime(r.snoozedUntil) }) : t('state.snoozed') };
}

export function ReminderItem({ record, unread, actions }: { record: NotificationRecord; unread: boolean; actions: ReminderItemActions }) {
  const { t } = useTranslation(['notifications', 'reminders']);
  const { state, label } = stateOf(record, unread, t);
  const kind = KIND_STYLE[record.kind];
  const words = reminderWords(record, pageWords(t));
  return (
    <Box
      component="li"
      px="sm"
      py={10}
      data-testid="reminder"
      data-state={state}
      style={{ listStyle: 'none', borderTop: '1px solid var(--mantine-color-default-border)', opacity: unread ? 1 : 0.6 }}
    >
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <ThemeIcon variant="light" color={kind.color} radius="xl" size="md" aria-hidden>
          <kind.icon size={16} />
        </ThemeIcon>
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Text size="sm" fw={unread ? 600 : 400} lh={1.35}>
            {words.title}
          </Text>
          <Text size="xs" c="dimmed">
            {words.body}
          </Text>
          <Group justify="space-between" gap={6} mih={28}>
            <Group gap={6}>
              <Text size="xs" c="dimmed" title={formatDateTime(record.firedAt)}>
                {timeAgo(record.firedAt)}
              </Text>
              {label && (
                <Badge size="xs" variant="light" tt="none" color={state === 'resolved' ? 'teal' : 'gray'}>
                  {label}
                </Badge>
              )}
            </Group>
            {unread && <Actions record={record} actions={actions} />}
          </Group>
        </Stack>
      </Group>
    </Box>
  );
}

function Actions({ record, actions }: { record: NotificationRecord; actions: ReminderItemActions }) {
  const { t } = useTranslation('notifications');
  return (
    <Group gap={4} wrap="nowrap">
      {/* A creator's missed obligation is answered with a message, so it opens the composer. */}
      <Button size="compact-xs" variant="light" onClick={() => actions.open(record)} disabled={actions.busy}>
        {reminderTab(record.party) ? t('action.followUp') : t('action.open')}
      </Button>
      <Tooltip label={t('action.snooze')}>
        <ActionIcon variant="subtle" color="gray" aria-label={t('action.snooze')} onClick={() => actions.snooze(record)} disabled={actions.busy}>
          <IconZzz size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('action.acknowledge')}>
        <ActionIcon variant="subtle" color="teal" aria-label={t('action.acknowledge')} onClick={() => actions.acknowledge(record)} disabled={actions.busy}>
          <IconCheck size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
