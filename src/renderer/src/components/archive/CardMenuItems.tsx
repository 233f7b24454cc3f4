import { Menu } from '@mantine/core';
import { IconArchive, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useArchiveCards, useTrash } from './useArchive';

/** The card menu's way out of sight: mounted only while the menu is open. */
export function CardMenuItems({ id, label }: { id: number; label: string }) {
  const { t } = useTranslation('importExport');
  const archive = useArchiveCards();
  const trash = useTrash();
  return (
    <>
      <Menu.Divider />
      <Menu.Item leftSection={<IconArchive size={14} />} onClick={() => archive([id], t('archive.archived', { name: label }))}>
        {t('archive.button')}
      </Menu.Item>
      <Menu.Item leftSection={<IconTrash size={14} />} color="red" onClick={() => trash('collaboration', id, label)}>
        {t('archive.deleteDraft')}
      </Menu.Item>
    </>
  );
}
