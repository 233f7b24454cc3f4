import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { UnassignedAssigned } from '../../../../shared/mail/schemas';
import { errorText } from '../../formErrors';
import { useApiQuery, useBoard } from '../../hooks/queries';
import { UnassignedItem } from './UnassignedItem';

/** The mail the app could not place by itself, each with where it may go and "is this …?". */
export function UnassignedList() {
  const { t } = useTranslation('mail');
  const waiting = useApiQuery('mail.unassigned.list', {});
  const board = useBoard();
  const placed = ({ mail, addressAdded }: UnassignedAssigned, name: string) => {
    notifications.show({
      color: 'teal',
      title: t('unassigned.placed', { name }),
      message: addressAdded ? t('unassigned.addressAdded', { address: mail.fromAddress, name }) : undefined,
    });
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="unassigned-title">
      <Title order={4} id="unassigned-title">
        {t('unassigned.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('unassigned.intro')}
      </Text>
      {waiting.error ? (
        <Alert color="red" title={t('unassigned.loadFailed')}>
          {errorText(waiting.error)}
        </Alert>
      ) : !waiting.data ? (
        <Loader size="sm" />
      ) : waiting.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('unassigned.empty')}
        </Text>
      ) : (
        waiting.data.map((mail) => <UnassignedItem key={mail.id} mail={mail} cards={board.data?.cards ?? []} onPlaced={placed} />)
      )}
    </Stack>
  );
}
