import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { keyOf, useApiMutation, useApiQuery } from '../../hooks/queries';
import { navigate } from '../../route';
import type { CardTab } from '../../../../shared/cardTabs';
import type { FollowUp } from '../../../../shared/rules/followUp';
import { errorText } from '../../formErrors';

/** The unread reminders (the bell's number), newest first. */
export const useUnreadReminders = () => useApiQuery('notifications.list', {});

/** Every reminder, read or not, for "Show earlier". */
export const useAllReminders = (enabled: boolean) => useApiQuery('notifications.list', { all: true }, enabled);

/** Reminders are recorded by the app's own check, which does not announce a data change. */
export function useRefreshReminders() {
  const client = useQueryClient();
  return useCallback(() => {
    void client.invalidateQueries({ queryKey: keyOf('notifications.list') });
    void client.invalidateQueries({ queryKey: keyOf('notifications.counts') });
  }, [client]);
}

const failed = (title: string) => (error: Error) => notifications.show({ color: 'red', title, message: errorText(error) });

export function useReminderActions() {
  const { t } = useTranslation('notifications');
  const { mutate: ack, isPending: acking } = useApiMutation('notifications.ack');
  const { mutate: snooze, isPending: snoozing } = useApiMutation('notifications.snooze');
  const { mutate: ackAll, isPending: ackingAll } = useApiMutation('notifications.ackAll');
  const acknowledgeAll = useCallback(() => ackAll({}, { onError: failed(t('failed.acknowledgeAll')) }), [ackAll, t]);

  const acknowledge = useCallback(
    (ids: number[]) => {
      if (ids.length > 0) ack({ ids }, { onError: failed(t('failed.acknowledge')) });
    },
    [ack, t],
  );
  const snoozeDay = useCallback(
    (ids: number[]) => snooze({ ids }, { onError: failed(t('failed.snooze')) }),
    [snooze, t],
  );
  /** Opening the card is dealing with the reminder, so it stops counting as unread. */
  const open = useCallback(
    (collaborationId: number | null, ids: number[], tab?: CardTab, followUp?: FollowUp | null) => {
      navigate('board', collaborationId, tab, followUp);
      acknowledge(ids);
    },
    [acknowledge],
  );
  return { acknowledge, acknowledgeAll, snoozeDay, open, busy: acking || ackingAll || snoozing };
}
