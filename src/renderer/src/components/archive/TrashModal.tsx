import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { TRASH_DAYS, type TrashItem } from '../../../../shared/archive';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { type RestoreColumn, RestoreTable } from './RestoreTable';
import { errorText } from '../../formErrors';

/** What is in the trash, each restorable until it is deleted for good. */
export function TrashModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const items = useApiQuery('trash.list', {}, opened);
  const restore = useApiMutation('trash.restore');
  const empty = useApiMutation('trash.empty');
  const { t } = useTranslation('importExport');
  const failed = (title: string) => (e: Error) => notifications.show({ color: 'red', title, message: errorText(e) });
  const columns: RestoreColumn<TrashItem>[] = [
    { cell: (item) => t(`trash.kind.${item.kind}`) },
    { cell: (item) => `${item.name}${item.detail ? ` · ${item.detail}` : ''}` },
    { cell: (item) => t('trash.deletesOn', { date: formatDate(item.deletesAt.slice(0, 10)) }) },
  ];
  return (
    <Modal opened={opened} onClose={onClose} title={t('trash.title')} size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          {t('trash.intro', { days: TRASH_DAYS })}
        </Text>
        {items.isPending ? (
          <Loader size="sm" />
        ) : items.isError ? (
          <Alert color="red">{errorText(items.error)}</Alert>
        ) : items.data.length === 0 ? (
          <Text>{t('trash.empty')}</Text>
        ) : (
          <>
            <RestoreTable
              testId="trash-list"
              rows={items.data}
              columns={columns}
              keyOf={(item) => `${item.kind}-${item.id}`}
              nameOf={(item) => item.name}
              onRestore={(item) => restore.mutate({ kind: item.kind, id: item.id }, { onError: failed(t('archive.notRestored')) })}
            />
            <Group justify="flex-end">
              <Button
                color="red"
                variant="light"
                loading={empty.isPending}
                onClick={() =>
                  empty.mutate(
                    {},
                    { onSuccess: (r) => notifications.show({ message: t('trash.emptied', { count: r.deleted }), autoClose: 2500 }), onError: failed(t('trash.notEmptied')) },
                  )
                }
              >
                {t('trash.emptyTrash')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
