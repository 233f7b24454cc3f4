import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPaperclip, IconRefresh, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailAccount } from '../../../../shared/mail/account';
import type { OutboxEntry } from '../../../../shared/mail/outbox';
import { formatDateTime } from '../../format';
import { currentIntlTag } from '../../i18n';
import { fileSize } from '../materials/fileSize';
import { canActOn, STATUS_COLORS } from './outboxStates';
import { outboxProblemWords } from './outboxWords';

interface Props {
  entry: OutboxEntry;
  account: MailAccount | null;
  onRetry: () => void;
  onCancel: () => void;
  retrying: boolean;
  cancelling: boolean;
}

/** One message in the outbox: to whom, what, where it stands and why; tried again or cancelled while it waits. */
export function OutboxItem({ entry, account, onRetry, onCancel, retrying, cancelling }: Props) {
  const { t } = useTranslation('mail');
  const [confirming, setConfirming] = useState(false);
  const subject = entry.subject || t('outbox.noSubject');
  const gone = entry.status === 'sent' || entry.status === 'cancelled';
  const tag = currentIntlTag();

  return (
    <Paper component="article" withBorder p="sm" radius="md" data-testid="outbox-entry" data-status={entry.status} aria-label={subject}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm" fw={600} lineClamp={1}>
            {subject}
          </Text>
          <Badge variant="light" color={STATUS_COLORS[entry.status]} tt="none" style={{ flexShrink: 0 }}>
            {t(`outbox.status.${entry.status}`)}
          </Badge>
        </Group>
        <Group gap="xs" justify="space-between">
          <Text size="xs" c="dimmed">
            {t('outbox.to', { name: entry.creatorName, address: entry.to })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('outbox.written', { time: formatDateTime(entry.createdAt) })}
          </Text>
        </Group>
        {entry.attachments.length > 0 && (
          <Group gap={6} aria-label={t('outbox.attachments')} data-testid="outbox-attachments">
            <IconPaperclip size={14} aria-hidden />
            {entry.attachments.map((a) => (
              <Badge key={a.materialId} variant="outline" color="gray" tt="none" fw={500}>
                {`${a.name} · ${fileSize(a.bytes, tag)}`}
              </Badge>
            ))}
          </Group>
        )}
        {entry.problem && !gone && (
          <Stack gap={2} data-testid="outbox-problem">
            {outboxProblemWords(entry.problem, account).map((line) => (
              <Text key={line} size="sm" c={entry.status === 'failed' ? 'red.8' : 'orange.8'}>
                {line}
              </Text>
            ))}
          </Stack>
        )}
        <Group gap="md">
          {entry.attempts > 0 && entry.lastAttemptAt && !gone && (
            <Text size="xs" c="dimmed">
              {t('outbox.attempts', { count: entry.attempts, time: formatDateTime(entry.lastAttemptAt) })}
            </Text>
          )}
          {entry.status === 'queued' && entry.nextAttemptAt && (
            <Text size="xs" c="dimmed" data-testid="outbox-next">
              {t('outbox.nextAttempt', { time: formatDateTime(entry.nextAttemptAt) })}
            </Text>
          )}
          {entry.status === 'sent' && entry.sentAt && (
            <Text size="xs" c="dimmed">
              {t('outbox.sentAt', { time: formatDateTime(entry.sentAt) })}
            </Text>
          )}
          {entry.status === 'sent' && entry.sentCopy && (
            <Text size="xs" c={entry.sentCopy === 'not_saved' ? 'orange.8' : 'dimmed'} data-testid="outbox-sent-copy">
              {t(`outbox.sentCopy.${entry.sentCopy}`)}
            </Text>
          )}
        </Group>
        {canActOn(entry.status) && !confirming && (
          <Group gap="xs">
            <Button size="xs" variant="light" leftSection={<IconRefresh size={14} />} loading={retrying} onClick={onRetry}>
              {t('outbox.retry')}
            </Button>
            <Button size="xs" variant="subtle" color="red" leftSection={<IconX size={14} />} onClick={() => setConfirming(true)}>
              {t('outbox.cancel')}
            </Button>
          </Group>
        )}
        {canActOn(entry.status) && confirming && (
          <Paper withBorder p="xs" role="alertdialog" aria-label={t('outbox.cancel')}>
            <Stack gap="xs">
              <Text size="sm">{t('outbox.confirmCancel')}</Text>
              <Group gap="xs">
                <Button color="red" size="xs" loading={cancelling} onClick={onCancel}>
                  {t('outbox.cancelYes')}
                </Button>
                <Button variant="default" size="xs" onClick={() => setConfirming(false)}>
                  {t('outbox.keep')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        )}
      </Stack>
    </Paper>
  );
}
