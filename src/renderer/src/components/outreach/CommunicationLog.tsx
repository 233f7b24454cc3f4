import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconHourglass, IconMessageReply, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EventRecord } from '../../../../shared/schemas';
import { formatDateTime } from '../../format';
import { type LoggedMessage, messagesOf, whoIsWaiting } from './messages';
import { LogMessageForm } from './LogMessageForm';

function WaitingLine({ messages }: { messages: LoggedMessage[] }) {
  const { t } = useTranslation('templates');
  const waiting = whoIsWaiting(messages);
  if (!waiting) return <Text size="sm" c="dimmed">{t('log.noMessages')}</Text>;
  return (
    <Group gap={6} data-testid="waiting">
      <IconHourglass size={16} aria-hidden color={waiting.on === 'brand' ? 'var(--mantine-color-orange-6)' : 'var(--mantine-color-dimmed)'} />
      <Text size="sm" fw={500}>
        {waiting.on === 'brand' ? t('log.waitingForYou') : t('log.waitingForCreator', { date: formatDateTime(waiting.since) })}
      </Text>
    </Group>
  );
}

function MessageItem({ message }: { message: LoggedMessage }) {
  const { t } = useTranslation('templates');
  const fromCreator = message.direction === 'creator_to_brand';
  const Icon = fromCreator ? IconMessageReply : IconSend;
  return (
    <Paper component="li" withBorder p="sm" radius="md" data-testid="logged-message" style={fromCreator ? { borderLeft: '3px solid var(--mantine-color-teal-5)' } : undefined}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Group gap={6}>
          <Icon size={16} aria-hidden />
          <Text size="sm" fw={600}>
            {t(`direction.${message.direction}`)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('log.by', { channel: message.channel })}
          </Text>
          {message.kind && (
            <Badge size="sm" variant="light" tt="none">
              {t(`kind.${message.kind}`)}
            </Badge>
          )}
          {message.stuck && (
            <Badge size="sm" variant="light" color="orange" tt="none">
              {t('log.stuck')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
          {formatDateTime(message.at)}
        </Text>
      </Group>
      {message.subject && (
        <Text size="sm" fw={500} mt={4}>
          {message.subject}
        </Text>
      )}
      <Text size="sm" c="dimmed" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }} mt={2}>
        {message.text}
      </Text>
    </Paper>
  );
}

/** Every message with this creator, newest first, who owes the next one, and a form to log one by hand. */
export function CommunicationLog({ collaborationId, events }: { collaborationId: number; events: EventRecord[] }) {
  const { t } = useTranslation('templates');
  const messages = messagesOf(events);
  return (
    <Stack gap="sm" component="section" aria-labelledby="communication-log">
      <Group justify="space-between">
        <Title order={5} id="communication-log">
          {t('log.title')}
        </Title>
        <WaitingLine messages={messages} />
      </Group>
      <LogMessageForm collaborationId={collaborationId} />
      {messages.length > 0 && (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('log.messages')}>
          {messages.map((m) => (
            <MessageItem key={m.id} message={m} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
