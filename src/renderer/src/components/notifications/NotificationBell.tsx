import { ActionIcon, Indicator, Loader, Popover } from '@mantine/core';
import { useDisclosure, useId } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { IconBell } from '@tabler/icons-react';
import { formatCount } from '../../format';
import { useReminderPushes } from './useReminderPushes';
import { useUnreadReminders } from './useReminders';

// What is behind the bell loads when it is first opened.
const NotificationCentre = lazy(() => import('./NotificationCentre').then((m) => ({ default: m.NotificationCentre })));

/** The header's bell: the unread count, and the notification centre behind it. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const [opened, { open, close, toggle }] = useDisclosure(false);
  const headingId = useId();
  const unread = useUnreadReminders().data?.unread ?? 0;
  useReminderPushes(open);

  return (
    <Popover opened={opened} onChange={(next) => (next ? open() : close())} position="bottom-end" width={420} shadow="md" trapFocus returnFocus>
      <Indicator label={formatCount(unread)} size={18} color="red" offset={4} disabled={unread === 0} zIndex={1}>
        <Popover.Target>
          <ActionIcon variant="default" size="lg" aria-label={t('bell.label', { count: unread })} onClick={toggle}>
            <IconBell size={18} />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p={0} aria-labelledby={headingId}>
        <Suspense fallback={<Loader size="sm" m="md" />}>
          <NotificationCentre headingId={headingId} onNavigate={close} />
        </Suspense>
      </Popover.Dropdown>
    </Popover>
  );
}
