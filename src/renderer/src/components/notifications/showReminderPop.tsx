import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBell } from '@tabler/icons-react';
import { type CardTab, reminderTab } from '../../../../shared/cardTabs';
import type { Pop } from '../../../../shared/reminders/schemas';
import { popWords } from '../../../../shared/reminders/words';
import { type FollowUp, followUpOf } from '../../../../shared/rules/followUp';
import { i18n } from '../../i18n';
import { showDesktopAlert } from './desktopAlerts';
import { pageWords } from './reminderText';

export interface PopActions {
  open(collaborationId: number | null, ids: number[], tab?: CardTab, followUp?: FollowUp | null): void;
  showCentre(): void;
}

const POP_MS = 15_000;

/**
 * Shows one reminder (or a summary of several) in the page, and on the desktop when the page is
 * out of sight. A summary spread over several cards leads to the bell rather than to one card.
 */
export function showReminderPop(pop: Pop, actions: PopActions): void {
  const id = `reminder-${pop.notificationIds.join('-')}`;
  const go = () => {
    notifications.hide(id);
    if (pop.collaborationId === null) actions.showCentre();
    else actions.open(pop.collaborationId, pop.notificationIds, reminderTab(pop.party), followUpOf(pop));
  };
  const action = i18n.t(pop.collaborationId === null ? 'notifications:action.showAll' : reminderTab(pop.party) ? 'notifications:action.followUp' : 'notifications:action.open');
  const { title, body } = popWords(pop, pageWords());
  notifications.show({
    id,
    title,
    message: <PopBody body={body} action={action} onAction={go} />,
    icon: <IconBell size={18} />,
    color: 'orange',
    autoClose: POP_MS,
    'data-testid': 'reminder-pop',
  });
  showDesktopAlert(title, body, go);
}

function PopBody({ body, action, onAction }: { body: string; action: string; onAction: () => void }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-end">
      <Text size="sm" c="dimmed">
        {body}
      </Text>
      <Button size="compact-xs" variant="light" onClick={onAction}>
        {action}
      </Button>
    </Group>
  );
}
