import { Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readBase64 } from '../../fileBytes';
import { i18n } from '../../i18n';
import { FileDropZone } from '../FileDropZone';

interface Props {
  /** The chosen file's name, or null when none is chosen. */
  fileName: string | null;
  /** The file's bytes, base64-encoded: the app works out their encoding, not the browser. */
  onLoad: (fileName: string, base64: string) => void;
  error?: string | null;
}

// Dropped files skip the picker's `accept` filter, so the same rule is checked here.
const looksLikeCsv = (file: File) => /\.(csv|tsv|txt)$/i.test(file.name) || file.type.startsWith('text/');

/** The CSV import's file: one .csv chosen or dropped, refused here when it is not one or is empty. */
export function CsvDropZone({ fileName, onLoad, error }: Props) {
  const { t } = useTranslation('importExport');
  const [refused, setRefused] = useState<string | null>(null);

  const take = async ([file]: File[]) => {
    if (!file) return;
    if (!looksLikeCsv(file)) return setRefused(t('drop.notCsv', { name: file.name }));
    if (file.size === 0) return setRefused(t('drop.empty', { name: file.name }));
    try {
      const base64 = await readBase64(file, i18n.t('importExport:file.unreadable'));
      setRefused(null);
      onLoad(file.name, base64);
    } catch (e) {
      setRefused(t('drop.unreadable', { name: file.name, reason: (e as Error).message }));
    }
  };

  return (
    <FileDropZone label={t('drop.fileLabel')} accept=".csv,text/csv" problem={refused ?? error ?? null} icon={<IconFileUpload size={28} stroke={1.5} aria-hidden />} onFiles={(files) => void take(files)}>
      <Text fw={500}>{fileName ? t('drop.chosen', { name: fileName }) : t('drop.prompt')}</Text>
      <Text size="xs" c="dimmed">
        {fileName ? t('drop.replace') : t('drop.sources')}
      </Text>
    </FileDropZone>
  );
}
