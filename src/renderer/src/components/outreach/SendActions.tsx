import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMessageCircle, IconCheck, IconCopy, IconMail } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { unfilledSentence, unfilledVariables } from '../../../../shared/outreach/fill';
import { useApiMutation } from '../../hooks/queries';
import { copyText } from './clipboard';
import { channelOptions, type MessageChannel } from './labels';
import { mailtoHref } from './mailto';
import type { ComposerState } from './useComposer';

/**
 * Sending happens outside the app (mail app, DM, comment); here the message is handed over and
 * then logged, which starts the reply clock.
 */
export function SendActions({ collaborationId, composer, email }: { collaborationId: number; composer: ComposerState; email: string | null }) {
  const logSent = useApiMutation('outreach.logSent');
  const [channel, setChannel] = useState<MessageChannel>('email');
  const sentById = useId();
  const { subject, body } = composer.text;
  const empty = body.trim() === '';
  const unfilled = unfilledVariables(`${subject}\n${body}`);
  const unfinishedId = useId();

  const copyMail = () => {
    setChannel('email');
    void copyText(subject.trim() ? `${subject.trim()}\n\n${body}` : body, 'Subject and message');
  };
  const copyDm = () => {
    setChannel('dm');
    void copyText(body, 'Message');
  };
  const log = () =>
    logSent.mutate(
      {
        collaborationId,
        channel,
        subject: subject.trim() || undefined,
        body,
        kind: composer.composed?.kind,
        templateId: composer.templateId ?? undefined,
      },
      {
        onSuccess: () => {
          composer.clear();
          notifications.show({ color: 'teal', icon: <IconCheck size={16} />, message: 'Logged — the reply clock is running' });
        },
        onError: (e) => notifications.show({ color: 'red', title: 'Not logged', message: e.message }),
      },
    );

  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button variant="default" leftSection={<IconCopy size={16} />} onClick={copyMail} disabled={empty}>
          Copy
        </Button>
        <Button
          variant="default"
          component="a"
          // Electron refuses navigation but hands links that open a window to the system, mail app included.
          target={window.followthrough ? '_blank' : undefined}
          href={mailtoHref(email, subject, body)}
          leftSection={<IconMail size={16} />}
          onClick={() => setChannel('email')}
          data-disabled={empty || undefined}
          aria-disabled={empty || undefined}
          title={email ? `Write to ${email}` : undefined}
          style={empty ? { pointerEvents: 'none' } : undefined}
        >
          Open in mail app
        </Button>
        <Button variant="default" leftSection={<IconMessageCircle size={16} />} onClick={copyDm} disabled={empty}>
          Copy for DM
        </Button>
      </Group>
      {!email && (
        <Text size="xs" c="dimmed">
          No email address for this creator yet; add one under Creators, or your mail app will ask.
        </Text>
      )}
      <Group gap="xs" justify="flex-end">
        <Text size="sm" fw={600} id={sentById}>
          Sent by
        </Text>
        <Select aria-labelledby={sentById} data={channelOptions} value={channel} onChange={(v) => v && setChannel(v as MessageChannel)} allowDeselect={false} w={110} />
        <Button
          leftSection={<IconCheck size={16} />}
          onClick={log}
          loading={logSent.isPending}
          disabled={empty || unfilled.length > 0}
          aria-describedby={unfilled.length > 0 ? unfinishedId : undefined}
        >
          Log as sent
        </Button>
      </Group>
      {unfilled.length > 0 && !empty && (
        <Text size="sm" c="red.8" ta="right" id={unfinishedId} data-testid="unfilled">
          {unfilledSentence(unfilled)}
        </Text>
      )}
    </Stack>
  );
}
