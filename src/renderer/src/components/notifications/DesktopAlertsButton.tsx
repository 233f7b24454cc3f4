import { Button, Text } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDesktopAlertPermission } from './desktopAlerts';

/**
 * Offers desktop alerts while the browser has not been asked yet. With `withStatus`, also says
 * what the browser decided, since a refusal can only be undone in its site settings.
 */
export function DesktopAlertsButton({ withStatus = false }: { withStatus?: boolean }) {
  const { t } = useTranslation('notifications');
  const { permission, ask } = useDesktopAlertPermission();
  if (permission === 'default') {
    return (
      <Button variant="light" size="xs" leftSection={<IconBellRinging size={14} />} onClick={() => void ask()}>
        {t('desktop.turnOn')}
      </Button>
    );
  }
  if (!withStatus || permission === 'unavailable') return null;
  return (
    <Text size="xs" c="dimmed">
      {permission === 'granted' ? t('desktop.on') : t('desktop.blocked')}
    </Text>
  );
}
