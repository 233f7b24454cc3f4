import { Button, Text } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import { useDesktopAlertPermission } from './desktopAlerts';

/**
 * Offers desktop alerts while the browser has not been asked yet. With `withStatus`, also says
 * what the browser decided, since a refusal can only be undone in its site settings.
 */
export function DesktopAlertsButton({ withStatus = false }: { withStatus?: boolean }) {
  const { permission, ask } = useDesktopAlertPermission();
  if (permission === 'default') {
    return (
      <Button variant="light" size="xs" leftSection={<IconBellRinging size={14} />} onClick={() => void ask()}>
        Turn on desktop alerts
      </Button>
    );
  }
  if (!withStatus || permission === 'unavailable') return null;
  return (
    <Text size="xs" c="dimmed">
      {permission === 'granted'
        ? 'Desktop alerts are on: reminders also pop up while this page is in the background.'
        : "Desktop alerts are blocked for this page; allow notifications in the browser's site settings to get them."}
    </Text>
  );
}
