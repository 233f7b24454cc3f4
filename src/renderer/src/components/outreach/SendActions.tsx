import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMessageCircle, IconCheck, IconCopy, IconMail, IconSend } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unfilledVariables } from '../../../../shared/outreach/fill';
import { MESSAGE_CHANNELS } from '../../../../shared/schemas';
import { useApiMutation } from '../../hooks/queries';
import { copyText } from './clipboard';
import type { MessageChannel } from './labels';
import { mailtoHref } from './mailto';
import type { ComposerState } from './useComposer';
import { errorText } from '../../formErrors';
import { AttachmentPicker } from './AttachmentPicker';
import { useMailboxSend } from './useMailboxSend';

interface Props {
  collaborationId: number;
  campaignId: number | null;
  composer: ComposerState;
  email: string | null;
  /** The message offers the campaign's kit, so sending from the mailbox attaches it unless unticked. */
  kitOffered: boolean;
}

/**
 * With a connected mailbox the message is sent from here (and logged as it goes). Otherwise, or by
 * choice, sending happens outside the app (mail app, DM, comment): the message is handed over and
 * then logged, which starts the reply clock.
 */
export function SendActions({ collaborationId, campaignId, composer, email, kitOffered }: Props) {
  const { t } = useTranslation('templates');
  const mailbox = useMailboxSend({ collaborationId, campaignId, composer, email, kitOffered });
  const canSend = mailbox.readiness === 'ready';
  const logSent = useApiMutation('outreach.logSent');
  const [channel, setChannel] = useState<MessageChannel>('email');
  const sentById = useId();
  const { subject, body } = composer.text;
  const empty = body.trim() === '';
  const unfilled = unfilledVariables(`${subject}\n${body}`);
  const unfinishedId = useId();
  const channelOptions = MESSAGE_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }));

  const copyMail = () => {
    setChannel('email');
    void copyText(subject.trim() ? `${subject.trim()}\n\n${body}` : body, 'mail');
  };
  const copyDm = () => {
    setChannel('dm');
    void copyText(body, 'message');
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
          notifications.show({ color: 'teal', icon: <IconCheck size={16} />, message: t('send.logged') });
        },
        onError: (e) => notifications.show({ color: 'red', title: t('send.notLogged'), message: errorText(e) }),
      },
    );

  return (
    <Stack gap="xs">
      {canSend && mailbox.materials.length > 0 && (
        <AttachmentPicker materials={mailbox.materials} selected={mailbox.selected} onChange={mailbox.pick} error={mailbox.attachmentError} />
      )}
      <Group gap="xs">
        {canSend && (
          <Button
            leftSection={<IconSend size={16} />}
            onClick={mailbox.send}
            loading={mailbox.sending}
            disabled={empty || unfilled.length > 0}
            aria-describedby={unfilled.length > 0 ? unfinishedId : undefined}
            title={t('send.sendFrom', { from: mailbox.account?.address ?? '', email: email ?? '' })}
          >
            {t('send.send')}
          </Button>
        )}
        <Button variant="default" leftSection={<IconCopy size={16} />} onClick={copyMail} disabled={empty}>
          {t('send.copy')}
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
          title={email ? t('send.writeTo', { email }) : undefined}
          style={empty ? { pointerEvents: 'none' } : undefined}
        >
          {t('send.openInMail')}
        </Button>
        <Button variant="default" leftSection={<IconMessageCircle size={16} />} onClick={copyDm} disabled={empty}>
          {t('send.copyForDm')}
        </Button>
      </Group>
      {mailbox.otherErrors.map((text) => (
        <Text key={text} size="sm" c="red.8" role="alert" data-testid="send-refused">
          {text}
        </Text>
      ))}
      {!email && (
        <Text size="xs" c="dimmed">
          {t('send.noEmail')}
        </Text>
      )}
      {(mailbox.readiness === 'not_connected' || mailbox.readiness === 'no_password') && (
        <Text size="xs" c="dimmed" data-testid="mailbox-hint">
          {mailbox.readiness === 'not_connected' ? t('send.connectHint') : t('send.passwordHint')}
        </Text>
      )}
      <Group gap="xs" justify="flex-end">
        <Text size="sm" fw={600} id={sentById}>
          {t('send.sentBy')}
        </Text>
        <Select aria-labelledby={sentById} data={channelOptions} value={channel} onChange={(v) => v && setChannel(v as MessageChannel)} allowDeselect={false} w={110} />
        <Button
          // Sending from the mailbox logs by itself; logging by hand is then the second way.
          variant={canSend ? 'default' : 'filled'}
          leftSection={<IconCheck size={16} />}
          onClick={log}
          loading={logSent.isPending}
          disabled={empty || unfilled.length > 0}
          aria-describedby={unfilled.length > 0 ? unfinishedId : undefined}
        >
          {t('send.logAsSent')}
        </Button>
      </Group>
      {unfilled.length > 0 && !empty && (
        <Text size="sm" c="red.8" ta="right" id={unfinishedId} data-testid="unfilled">
          {t('send.unfilled', { names: unfilled.map((n) => `{${n}}`).join(t('preview.separator')) })}
        </Text>
      )}
    </Stack>
  );
}
