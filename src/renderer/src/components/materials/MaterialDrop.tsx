import { Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FileDropZone } from '../FileDropZone';

interface Props {
  onFiles: (files: File[]) => void;
  /** The file being added now, if any. */
  busy: string | null;
}

/** Files for a campaign's kit, chosen or dropped, several at once. */
export function MaterialDrop({ onFiles, busy }: Props) {
  const { t } = useTranslation('materials');
  return (
    <FileDropZone label={t('add.fileLabel')} multiple busy={busy !== null} icon={<IconFileUpload size={24} stroke={1.5} aria-hidden />} onFiles={onFiles}>
      <Text fw={500} size="sm" aria-live="polite">
        {busy ? t('add.adding', { name: busy }) : t('add.drop')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('add.limit')}
      </Text>
    </FileDropZone>
  );
}
