import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBell } from '@tabler/icons-react';
import { useEffect, useEffectEvent } from 'react';
import type { Pop } from '../../../../shared/reminders/schemas';
import { onPush } from '../../api';
import { i18n } from '../../i18n';
import { navigate } from '../../route';
import { showReminderPop } from './showReminderPop';
import { useRefreshReminders, useReminderActions, useUnreadReminders } from './useReminders';

const GREETED_KEY = 'followthrough.remindersGreeted';

/**
 * Reacts to what the app pushes: reminders that fire pop up and refresh the bell, a click on a
 * tray item or desktop notification opens its card, and a tab that opens on unread reminders says
 * so once.
 */
export function useReminderPushes(showCentre: () => void) {
  const refresh = useRefreshReminders();
  const { open } = useReminderActions();
  const unread = useUnreadReminders().data?.unread;

  const onReminders = useEffectEvent((pops: Pop[]) => {
    refresh();
    // The desktop app pops reminders up natively; a second, in-page copy would only repeat them.
    if (window.followthrough) return;
    for (const pop of pops) showReminderPop(pop, { open, showCentre });
  });
  useEffect(() => onPush('reminders', (event) => onReminders(event.pops)), []);
  useEffect(() => onPush('open', (event) => navigate('board', event.collaborationId, event.tab, event.followUp)), []);

  useEffect(() => {
    // Only in the browser (the desktop app's tray keeps the count in view), and not again on a reload.
    if (window.followthrough || unread === undefined || sessionStorage.getItem(GREETED_KEY)) return;
    sessionStorage.setItem(GREETED_KEY, '1');
    if (unread > 0) greet(unread, showCentre);
  }, [unread, showCentre]);
}

function greet(count: number, showCentre: () => void) {
  const id = 'reminders-greeting';
  notifications.show({
    id,
    title: i18n.t('notifications:greeting.title', { count }),
    message: (
      <Button
        size="compact-xs"
        variant="light"
        mt={4}
        onClick={() => {
          notifications.hide(id);
          showCentre();
        }}
      >
        {i18n.t('notifications:greeting.show', { count })}
      </Button>
    ),
    icon: <IconBell size={18} />,
    color: 'orange',
    autoClose: 10_000,
  });
}
