import { Loader, Text, VisuallyHidden } from '@mantine/core';
import { IconMailDown } from '@tabler/icons-react';
import { type DragEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAIL_MAX_BYTES, MAIL_MAX_MB } from '../../../../shared/mail/schemas';
import { i18n } from '../../i18n';
import './mail.css';

export interface MailFileInput {
  name: string;
  base64: string;
}

interface Props {
  /** The files' bytes, base64-encoded: the app reads their character sets, not the browser. */
  onFiles: (files: MailFileInput[]) => void;
  busy: boolean;
  /** On a card: one line, .eml files. */
  compact?: boolean;
}

/** The bytes as base64, through the browser's own encoder (a data: URL), which copes with large files. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error(i18n.t('importExport:file.unreadable')));
    reader.readAsDataURL(file);
  });
}

// Dropped files skip the picker's `accept` filter, so the same rule is checked here.
const looksLikeMail = (file: File) => /\.(eml|mbox|mbx)$/i.test(file.name) || file.type === 'message/rfc822' || file.type === 'application/mbox';

/** A picker for .eml and .mbox files that also takes them dropped; the real input stays in the page for keyboards and tests. */
export function MailDropZone({ onFiles, busy, compact = false }: Props) {
  const { t } = useTranslation('mail');
  const problemId = useId();
  const [over, setOver] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);

  const take = async (list: FileList | null | undefined) => {
    const files = [...(list ?? [])];
    if (files.length === 0 || busy) return;
    const stranger = files.find((f) => !looksLikeMail(f));
    if (stranger) return setRefused(t('drop.notMail', { name: stranger.name }));
    if (files.reduce((sum, f) => sum + f.size, 0) > MAIL_MAX_BYTES) return setRefused(t('drop.tooBig', { mb: MAIL_MAX_MB }));
    const read: MailFileInput[] = [];
    for (const file of files) {
      try {
        read.push({ name: file.name, base64: await readBase64(file) });
      } catch (e) {
        return setRefused(t('drop.unreadable', { name: file.name, reason: (e as Error).message }));
      }
    }
    setRefused(null);
    onFiles(read);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files);
  };

  return (
    <div>
      <label
        className="mail-drop"
        data-compact={compact || undefined}
        data-over={over || undefined}
        data-busy={busy || undefined}
        data-error={refused !== null || undefined}
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
            accept={compact ? '.eml,message/rfc822' : '.eml,.mbox,.mbx,message/rfc822,application/mbox'}
            aria-label={t('drop.fileLabel')}
            aria-invalid={refused !== null || undefined}
            aria-describedby={refused ? problemId : undefined}
            disabled={busy}
            onChange={(e) => {
              void take(e.currentTarget.files);
              // Choosing the same file again must still count as a change.
              e.currentTarget.value = '';
            }}
          />
        </VisuallyHidden>
        {busy ? <Loader size={compact ? 'xs' : 'sm'} /> : <IconMailDown size={compact ? 18 : 28} stroke={1.5} aria-hidden />}
        <Text fw={500} size={compact ? 'sm' : 'md'}>
          {compact ? t('drop.cardPrompt') : t('drop.prompt')}
        </Text>
        {!compact && (
          <Text size="xs" c="dimmed">
            {t('drop.hint', { mb: MAIL_MAX_MB })}
          </Text>
        )}
      </label>
      {refused && (
        <Text id={problemId} size="xs" c="red" mt={4} role="alert">
          {refused}
        </Text>
      )}
    </div>
  );
}
