import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../hooks/queries';
import { showUndo } from './undoToast';
import { errorText } from '../../formErrors';

/** Archive a creator or a campaign (refused, with the reason, while one of its cards is on the board). */
export function ArchiveButton({ kind, id, name }: { kind: 'creator' | 'campaign'; id: number; name: string }) {
  const { t } = useTranslation('importExport');
  const archive = useApiMutation(kind === 'creator' ? 'influencers.archive' : 'campaigns.archive');
  const restore = useApiMutation(kind === 'creator' ? 'influencers.restore' : 'campaigns.restore');
  const failed = (title: string) => (e: Error) => notifications.show({ color: 'red', title, message: errorText(e) });
  return (
    <Button
      size="xs"
      variant="subtle"
      color="gray"
      leftSection={<IconArchive size={14} />}
      aria-label={t('archive.buttonLabel', { name })}
      onClick={(e) => {
        e.stopPropagation();
        archive.mutate({ id }, { onSuccess: () => showUndo(t('archive.archived', { name }), () => restore.mutate({ id }, { onError: failed(t('archive.notRestored')) })), onError: failed(t('archive.notArchived')) });
      }}
    >
      {t('archive.button')}
    </Button>
  );
}
