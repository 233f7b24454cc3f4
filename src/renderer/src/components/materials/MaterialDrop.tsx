import { Loader, Text, VisuallyHidden } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './materials.css';

interface Props {
  onFiles: (files: File[]) => void;
  /** The file being added now, if any. */
  busy: string | null;
}

/** A file picker that also takes dropped files; the real input stays in the page for keyboards and tests. */
export function MaterialDrop({ onFiles, busy }: Props) {
  const { t } = useTranslation('materials');
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!busy) onFiles([...e.dataTransfer.files]);
  };
  return (
    <label
      className="materials-drop"
      data-over={over || undefined}
      data-busy={busy !== null || undefined}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <VisuallyHidden>
        <input
          type="file"
          multiple
          disabled={busy !== null}
          aria-label={t('add.fileLabel')}
          onChange={(e) => {
            onFiles([...(e.currentTarget.files ?? [])]);
            // Choosing the same file again must still count as a change.
            e.currentTarget.value = '';
          }}
        />
      </VisuallyHidden>
      {busy ? <Loader size="sm" /> : <IconFileUpload size={24} stroke={1.5} aria-hidden />}
      <Text fw={500} size="sm" aria-live="polite">
        {busy ? t('add.adding', { name: busy }) : t('add.drop')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('add.limit')}
      </Text>
    </label>
  );
}
