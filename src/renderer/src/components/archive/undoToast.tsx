import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { i18n } from '../../i18n';

/** A toast saying what just happened, with an Undo button that reverses it (the reversal is recorded too). */
export function showUndo(message: string, undo: () => void): void {
  const id = notifications.show({
    autoClose: 8000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            undo();
          }}
        >
          {i18n.t('importExport:archive.undo')}
        </Button>
      </Group>
    ),
  });
}
