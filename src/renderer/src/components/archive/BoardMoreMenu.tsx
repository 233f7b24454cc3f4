import { ActionIcon, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconTrash, IconWand } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../hooks/queries';
import { errorText } from '../../formErrors';

// The trash loads when it is opened: the board's first screen stays small.
const TrashModal = lazy(() => import('./TrashModal').then((m) => ({ default: m.TrashModal })));

/** The board's less frequent actions: the trash, and removing the sample data. */
export function BoardMoreMenu() {
  const { t } = useTranslation('importExport');
  const [trashOpen, setTrashOpen] = useState(false);
  const remove = useApiMutation('sample.remove');
  // Awaited rather than through mutate's callbacks: an emptied board unmounts this menu before they would run.
  const removeSample = async () => {
    try {
      const r = await remove.mutateAsync({});
      notifications.show({ message: t('boardMenu.sampleRemoved', { collaborations: r.collaborations, creators: r.creators, campaigns: r.campaigns }) });
    } catch (e) {
      notifications.show({ color: 'red', title: t('boardMenu.sampleNotRemoved'), message: errorText(e), autoClose: false });
    }
  };
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label={t('boardMenu.label')}>
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconTrash size={14} />} onClick={() => setTrashOpen(true)}>
            {t('boardMenu.trash')}
          </Menu.Item>
          <Menu.Item leftSection={<IconWand size={14} />} onClick={() => void removeSample()}>
            {t('boardMenu.removeSample')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {trashOpen && (
        <Suspense fallback={null}>
          <TrashModal opened onClose={() => setTrashOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
