import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { TRASH_DAYS, type TrashItem } from '../../../../shared/archive';
import { formatIsoDate } from '../../../../shared/dates';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { type RestoreColumn, RestoreTable } from './RestoreTable';

const KIND_WORDS = { collaboration: 'Collaboration', creator: 'Creator', campaign: 'Campaign' } as const;

const TRASH_COLUMNS: RestoreColumn<TrashItem>[] = [
  { cell: (item) => KIND_WORDS[item.kind] },
  { cell: (item) => `${item.name}${item.detail ? ` · ${item.detail}` : ''}` },
  { cell: (item) => `deleted on ${formatIsoDate(item.deletesAt.slice(0, 10))}` },
];

/** What is in the trash, each restorable until it is deleted for good. */
export function TrashModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const items = useApiQuery('trash.list', {}, opened);
  const restore = useApiMutation('trash.restore');
  const empty = useApiMutation('trash.empty');
  const failed = (title: string) => (e: Error) => notifications.show({ color: 'red', title, message: e.message });
  return (
    <Modal opened={opened} onClose={onClose} title="Trash" size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          Drafts, and creators or campaigns without collaborations, stay here {TRASH_DAYS} days before they are deleted for good.
          Their dated history is never deleted.
        </Text>
        {items.isPending ? (
          <Loader size="sm" />
        ) : items.isError ? (
          <Alert color="red">{items.error.message}</Alert>
        ) : items.data.length === 0 ? (
          <Text>The trash is empty.</Text>
        ) : (
          <>
            <RestoreTable
              testId="trash-list"
              rows={items.data}
              columns={TRASH_COLUMNS}
              keyOf={(item) => `${item.kind}-${item.id}`}
              nameOf={(item) => item.name}
              onRestore={(item) => restore.mutate({ kind: item.kind, id: item.id }, { onError: failed('Not restored') })}
            />
            <Group justify="flex-end">
              <Button
                color="red"
                variant="light"
                loading={empty.isPending}
                onClick={() =>
                  empty.mutate(
                    {},
                    { onSuccess: (r) => notifications.show({ message: `${r.deleted} deleted for good.`, autoClose: 2500 }), onError: failed('The trash was not emptied') },
                  )
                }
              >
                Empty trash
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
