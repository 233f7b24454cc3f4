import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import type { ArchivableKind } from '../../../../shared/archive';
import { useApiMutation } from '../../hooks/queries';
import { showUndo } from './undoToast';

const failed = (title: string) => (error: Error) => notifications.show({ color: 'red', title, message: error.message });

/** Archive collaborations with an Undo toast that restores them. */
export function useArchiveCards() {
  const archive = useApiMutation('collaborations.archive');
  const restore = useApiMutation('collaborations.restore');
  return useCallback(
    (ids: number[], what: string, onDone?: () => void) =>
      archive.mutate(
        { ids },
        {
          onSuccess: () => {
            onDone?.();
            showUndo(`${what} archived.`, () => {
              for (const id of ids) restore.mutate({ id }, { onError: failed('Not restored') });
            });
          },
          onError: failed('Not archived'),
        },
      ),
    [archive.mutate, restore.mutate],
  );
}

/** Put a draft (or an unused creator or campaign) in the trash, with an Undo toast that takes it back out. */
export function useTrash() {
  const add = useApiMutation('trash.add');
  const restore = useApiMutation('trash.restore');
  return useCallback(
    (kind: ArchivableKind, id: number, what: string) =>
      add.mutate(
        { kind, id },
        {
          onSuccess: () => showUndo(`${what} moved to the trash (kept 30 days).`, () => restore.mutate({ kind, id }, { onError: failed('Not restored') })),
          onError: failed('Not moved to the trash'),
        },
      ),
    [add.mutate, restore.mutate],
  );
}
