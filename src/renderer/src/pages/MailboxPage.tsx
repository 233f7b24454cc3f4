import { Alert, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MailDropZone } from '../components/mail/MailDropZone';
import { MailSummaryView } from '../components/mail/MailSummaryView';
import { MailSyncStatus } from '../components/mail/MailSyncStatus';
import { Outbox } from '../components/mail/Outbox';
import { UnassignedList } from '../components/mail/UnassignedList';
import { errorText } from '../formErrors';
import { useApiMutation } from '../hooks/queries';

/** The mailbox link: the sync's state, the outbox, mail taken in from .eml files and .mbox exports dropped here, and what waits to be placed. */
export function MailboxPage() {
  const { t } = useTranslation('mail');
  const importMail = useApiMutation('mail.import');
  return (
    // The page scrolls as a whole: a long outbox or waiting list must not push the rest out of reach.
    <ScrollArea style={{ flex: 1 }}>
      <Stack gap="md" maw={880} pb="md">
        <Title order={2}>{t('title')}</Title>
        <Text size="sm" c="dimmed">
          {t('intro')}
        </Text>
        <MailSyncStatus />
        <Outbox />
        <MailDropZone busy={importMail.isPending} onFiles={(files) => importMail.mutate({ files })} />
        {importMail.error && (
          <Alert color="red" role="alert">
            {errorText(importMail.error)}
          </Alert>
        )}
        {importMail.data && !importMail.isPending && <MailSummaryView summary={importMail.data} />}
        <UnassignedList />
      </Stack>
    </ScrollArea>
  );
}
