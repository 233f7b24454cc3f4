import { Stack, Text } from '@mantine/core';
import { errorText } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';
import { MailDropZone } from './MailDropZone';
import { MailSummaryView } from './MailSummaryView';

/** On a card's Messages tab: .eml files dropped here are logged on this collaboration unless their thread says otherwise. */
export function CardMailDrop({ collaborationId }: { collaborationId: number }) {
  const importMail = useApiMutation('mail.import');
  return (
    <Stack gap="xs">
      <MailDropZone compact busy={importMail.isPending} onFiles={(files) => importMail.mutate({ files, collaborationId })} />
      {importMail.error && (
        <Text size="xs" c="red" role="alert">
          {errorText(importMail.error)}
        </Text>
      )}
      {importMail.data && !importMail.isPending && <MailSummaryView summary={importMail.data} onCard />}
    </Stack>
  );
}
