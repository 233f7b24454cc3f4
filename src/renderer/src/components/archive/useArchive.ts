import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import type { ArchivableKind } from '../../../../shared/archive';
import { useApiMutation } from '../../hooks/queries';
import { showUndo } from './undoToast';

const failed = (title: string) => (error: Error) => notifications.show({ color: 'red', title, message: error.message });

/*
 * Through mutateAsync: the card menu that starts these unmounts as it closes, and a mutation's
 * per-call callbacks do not run once their component is gone (the promise still settles).
 */

/** Archive collaborations with an Undo toast that restores them. */
export function useArchiveCards() {
  const archive = useApiMutation('collaborations.archive');
  const restore = useApiMutation('collaborations.restore');
  return useCallback(
    (ids: number[], what: string, onDone?: () => void) =>
      archive.mutateAsync({ ids }).then(
        () => {
          onDone?.();
          showUndo(`${what} archived.`, () => {
            for (const id of ids) restore.mutateAsync({ id }).catch(failed('Not restored'));
          });
        },
        failed('Not archived'),
      ),
    [archive.mutateAsync, restore.mutateAsync],
  );
}

/** Put a draft (or an unused creator or campaign) in the trash, with an Undo toast that takes it back out. */
export function useTrash() {
  const add = useApiMutation('trash.add');
  const restore = useApiMutation('trash.restore');
  return useCallback(
    (kind: ArchivableKind, id: number, what: string) =>
      add.mutateAsync({ kind, id }).then(
        () => showUndo(`${what} moved to the trash (kept 30 days).`, () => void restore.mutateAsync({ kind, id }).catch(failed('Not restored'))),
        failed('Not moved to the trash'),
      ),
    [add.mutateAsync, restore.mutateAsync],
  );
}
