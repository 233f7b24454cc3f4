import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { type ArchivableKind, TRASH_DAYS } from '../../../../shared/archive';
import { useApiMutation } from '../../hooks/queries';
import { showUndo } from './undoToast';
import { errorText } from '../../formErrors';

const failed = (title: string) => (error: Error) => notifications.show({ color: 'red', title, message: errorText(error) });

/*
 * Through mutateAsync: the card menu that starts these unmounts as it closes, and a mutation's
 * per-call callbacks do not run once their component is gone (the promise still settles).
 */

/** Archive collaborations; the toast says `done`, with an Undo that restores them. */
export function useArchiveCards() {
  const { t } = useTranslation('importExport');
  const archive = useApiMutation('collaborations.archive');
  const restore = useApiMutation('collaborations.restore');
  return useCallback(
    (ids: number[], done: string, onDone?: () => void) =>
      archive.mutateAsync({ ids }).then(
        () => {
          onDone?.();
          showUndo(done, () => {
            for (const id of ids) restore.mutateAsync({ id }).catch(failed(t('archive.notRestored')));
          });
        },
        failed(t('archive.notArchived')),
      ),
    [archive.mutateAsync, restore.mutateAsync, t],
  );
}

/** Put a draft (or an unused creator or campaign) in the trash, with an Undo toast that takes it back out. */
export function useTrash() {
  const { t } = useTranslation('importExport');
  const add = useApiMutation('trash.add');
  const restore = useApiMutation('trash.restore');
  return useCallback(
    (kind: ArchivableKind, id: number, what: string) =>
      add.mutateAsync({ kind, id }).then(
        () => showUndo(t('archive.trashed', { name: what, days: TRASH_DAYS }), () => void restore.mutateAsync({ kind, id }).catch(failed(t('archive.notRestored')))),
        failed(t('archive.notTrashed')),
      ),
    [add.mutateAsync, restore.mutateAsync, t],
  );
}
