import { Text } from '@mantine/core';
import { IconMailDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAIL_MAX_BYTES, MAIL_MAX_MB } from '../../../../shared/mail/schemas';
import { i18n } from '../../i18n';
import { readBase64 } from '../../fileBytes';
import { FileDropZone } from '../FileDropZone';

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

// Dropped files skip the picker's `accept` filter, so the same rule is checked here.
const looksLikeMail = (file: File) => /\.(eml|mbox|mbx)$/i.test(file.name) || file.type === 'message/rfc822' || file.type === 'application/mbox';

/** A picker for .eml and .mbox files that also takes them dropped. */
export function MailDropZone({ onFiles, busy, compact = false }: Props) {
  const { t } = useTranslation('mail');
  const [refused, setRefused] = useState<string | null>(null);

  const take = async (files: File[]) => {
    if (busy) return;
    const stranger = files.find((f) => !looksLikeMail(f));
    if (stranger) return setRefused(t('drop.notMail', { name: stranger.name }));
    if (files.reduce((sum, f) => sum + f.size, 0) > MAIL_MAX_BYTES) return setRefused(t('drop.tooBig', { mb: MAIL_MAX_MB }));
    const read: MailFileInput[] = [];
    for (const file of files) {
      try {
        read.push({ name: file.name, base64: await readBase64(file, i18n.t('importExport:file.unreadable')) });
      } catch (e) {
        return setRefused(t('drop.unreadable', { name: file.name, reason: (e as Error).message }));
      }
    }
    setRefused(null);
    onFiles(read);
  };

  return (
    <FileDropZone
      label={t('drop.fileLabel')}
      accept={compact ? '.eml,message/rfc822' : '.eml,.mbox,.mbx,message/rfc822,application/mbox'}
      multiple
      busy={busy}
      compact={compact}
      problem={refused}
      icon={<IconMailDown size={compact ? 18 : 28} stroke={1.5} aria-hidden />}
      onFiles={(files) => void take(files)}
    >
      <Text fw={500} size={compact ? 'sm' : 'md'}>
        {compact ? t('drop.cardPrompt') : t('drop.prompt')}
      </Text>
      {!compact && (
        <Text size="xs" c="dimmed">
          {t('drop.hint', { mb: MAIL_MAX_MB })}
        </Text>
      )}
    </FileDropZone>
  );
}
