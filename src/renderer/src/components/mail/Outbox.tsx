import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OutboxEntry } from '../../../../shared/mail/outbox';
import { errorText } from '../../formErrors';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { OutboxItem } from './OutboxItem';
import { isWaiting } from '../../../../shared/mail/outbox';
import { waitingWords } from './outboxWords';

/**
 * The mail sent through the connected mailbox: on the Mailbox page all of it, waiting first; on a
 * card only what still waits to go, and nothing at all when nothing does.
 */
export function Outbox({ collaborationId }: { collaborationId?: number }) {
  const { t } = useTranslation('mail');
  const onCard = collaborationId !== undefined;
  const outbox = useApiQuery('mail.outbox.list', onCard ? { collaborationId } : {});
  const settings = useApiQuery('mail.settings.get', {});
  const account = settings.data?.account ?? null;
  // Held here, not in each entry: a message that goes leaves the card's list, and its answer must still be said.
  const retry = useApiMutation('mail.outbox.retry');
  const cancel = useApiMutation('mail.outbox.cancel');
  const entries = (outbox.data ?? []).filter((e) => !onCard || (e.collaborationId === collaborationId && isWaiting(e.status)));

  const tryNow = (entry: OutboxEntry) =>
    retry.mutate(
      { id: entry.id },
      {
        onSuccess: (tried) => {
          const after = tried.find((e) => e.id === entry.id);
          if (after?.status === 'sent') notifications.show({ color: 'teal', icon: <IconCheck size={16} />, message: t('outbox.sentTo', { email: after.to }) });
          else if (after) notifications.show({ color: 'orange', title: t('outbox.notYet'), message: waitingWords(after, account) });
        },
        onError: (e) => notifications.show({ color: 'red', title: t('outbox.notRetried'), message: errorText(e) }),
      },
    );
  const cancelIt = (entry: OutboxEntry) =>
    cancel.mutate(
      { id: entry.id },
      {
        onSuccess: () => notifications.show({ color: 'gray', message: t('outbox.cancelled') }),
        onError: (e) => notifications.show({ color: 'red', title: t('outbox.notCancelled'), message: errorText(e) }),
      },
    );

  if (onCard && entries.length === 0 && !outbox.error) return null;
  // Nothing was ever sent from here and no mailbox is connected: the page has nothing to say about an outbox.
  if (!onCard && entries.length === 0 && account === null && !outbox.error) return null;
  const titleId = onCard ? `outbox-title-${collaborationId}` : 'outbox-title';
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId} data-testid="outbox">
      <Title order={onCard ? 5 : 4} id={titleId}>
        {onCard ? t('outbox.cardTitle') : t('outbox.title')}
      </Title>
      {!onCard && (
        <Text size="sm" c="dimmed">
          {t('outbox.intro')}
        </Text>
      )}
      {outbox.error ? (
        <Alert color="red" title={t('outbox.loadFailed')}>
          {errorText(outbox.error)}
        </Alert>
      ) : !outbox.data ? (
        <Loader size="sm" />
      ) : entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('outbox.empty')}
        </Text>
      ) : (
        entries.map((entry) => (
          <OutboxItem
            key={entry.id}
            entry={entry}
            account={account}
            onRetry={() => tryNow(entry)}
            onCancel={() => cancelIt(entry)}
            retrying={retry.isPending && retry.variables?.id === entry.id}
            cancelling={cancel.isPending && cancel.variables?.id === entry.id}
          />
        ))
      )}
    </Stack>
  );
}
