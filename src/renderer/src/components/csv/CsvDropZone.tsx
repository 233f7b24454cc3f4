import { Text, VisuallyHidden } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { type DragEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readBase64 } from '../../fileBytes';
import { i18n } from '../../i18n';
import './csv.css';

interface Props {
  /** The chosen file's name, or null when none is chosen. */
  fileName: string | null;
  /** The file's bytes, base64-encoded: the app works out their encoding, not the browser. */
  onLoad: (fileName: string, base64: string) => void;
  error?: string | null;
}

// Dropped files skip the picker's `accept` filter, so the same rule is checked here.
const looksLikeCsv = (file: File) => /\.(csv|tsv|txt)$/i.test(file.name) || file.type.startsWith('text/');

/** A file picker that also takes a dropped file; the real input stays in the page for keyboards and tests. */
export function CsvDropZone({ fileName, onLoad, error }: Props) {
  const { t } = useTranslation('importExport');
  const problemId = useId();
  const [over, setOver] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);

  const take = async (file: File | undefined) => {
    if (!file) return;
    if (!looksLikeCsv(file)) {
      setRefused(t('drop.notCsv', { name: file.name }));
      return;
    }
    if (file.size === 0) {
      setRefused(t('drop.empty', { name: file.name }));
      return;
    }
    try {
      const base64 = await readBase64(file, i18n.t('importExport:file.unreadable'));
      setRefused(null);
      onLoad(file.name, base64);
    } catch (e) {
      setRefused(t('drop.unreadable', { name: file.name, reason: (e as Error).message }));
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files[0]);
  };
  const problem = refused ?? error ?? null;

  return (
    <div>
      <label
        className="csv-drop"
        data-over={over || undefined}
        data-error={problem !== null || undefined}
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
            accept=".csv,text/csv"
            aria-label={t('drop.fileLabel')}
            aria-invalid={problem !== null || undefined}
            aria-describedby={problem ? problemId : undefined}
            onChange={(e) => {
              void take(e.currentTarget.files?.[0]);
              // Choosing the same file again, after fixing it, must still count as a change.
              e.currentTarget.value = '';
            }}
          />
        </VisuallyHidden>
        <IconFileUpload size={28} stroke={1.5} aria-hidden />
        <Text fw={500}>{fileName ? t('drop.chosen', { name: fileName }) : t('drop.prompt')}</Text>
        <Text size="xs" c="dimmed">
          {fileName ? t('drop.replace') : t('drop.sources')}
        </Text>
      </label>
      {problem && (
        <Text id={problemId} size="xs" c="red" mt={4} role="alert">
          {problem}
        </Text>
      )}
    </div>
  );
}
