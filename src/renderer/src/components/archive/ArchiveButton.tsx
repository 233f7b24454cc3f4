import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive } from '@tabler/icons-react';
import { useApiMutation } from '../../hooks/queries';
import { showUndo } from './undoToast';

/** Archive a creator or a campaign (refused, with the reason, while one of its cards is on the board). */
export function ArchiveButton({ kind, id, name }: { kind: 'creator' | 'campaign'; id: number; name: string }) {
  const archive = useApiMutation(kind === 'creator' ? 'influencers.archive' : 'campaigns.archive');
  const restore = useApiMutation(kind === 'creator' ? 'influencers.restore' : 'campaigns.restore');
  const failed = (title: string) => (e: Error) => notifications.show({ color: 'red', title, message: e.message });
  return (
    <Button
      size="xs"
      variant="subtle"
      color="gray"
      leftSection={<IconArchive size={14} />}
      aria-label={`Archive ${name}`}
      onClick={(e) => {
        e.stopPropagation();
        archive.mutate({ id }, { onSuccess: () => showUndo(`${name} archived.`, () => restore.mutate({ id }, { onError: failed('Not restored') })), onError: failed('Not archived') });
      }}
    >
      Archive
    </Button>
  );
}
