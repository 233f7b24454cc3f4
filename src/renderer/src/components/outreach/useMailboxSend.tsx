import { notifications } from '@mantine/notifications';
import { IconCheck, IconClock, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxEntry } from '../../../../shared/mail/outbox';
import { applyApiError } from '../../formErrors';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { waitingWords } from '../mail/outboxWords';
import type { ComposerState } from './useComposer';

/** Whether the composer can send through the connected mailbox, and if not, what is missing. */
export type MailboxReadiness = 'loading' | 'ready' | 'not_connected' | 'no_password' | 'no_email';

interface Options {
  collaborationId: number;
  campaignId: number | null;
  composer: ComposerState;
  email: string | null;
  /** The message offers the kit (the support offer): its files are attached unless the brand unticks them. */
  kitOffered: boolean;
}

const isAttachmentField = (key: string) => key === 'materialIds' || key.startsWith('materialIds.');

/**
 * Sending the composer's message through the connected mailbox, with files of the campaign's kit.
 * Sent, it is logged at once; not sent now, it waits in the outbox; either way the composer clears.
 */
export function useMailboxSend({ collaborationId, campaignId, composer, email, kitOffered }: Options) {
  const { t } = useTranslation('templates');
  const settings = useApiQuery('mail.settings.get', {});
  const account = settings.data?.account ?? null;
  const readiness: MailboxReadiness = !settings.data
    ? 'loading'
    : account === null
      ? 'not_connected'
      : !settings.data.passwordStored
        ? 'no_password'
        : !email
          ? 'no_email'
          : 'ready';
  const ready = readiness === 'ready';
  const kit = useApiQuery('materials.list', { campaignId: campaignId ?? 0 }, ready && campaignId !== null);
  // A kit kept from another campaign while this one loads is not this message's to attach.
  const materials = campaignId === null ? [] : (kit.data ?? []).filter((m) => m.campaignId === campaignId);
  const available = materials.filter((m) => m.available).map((m) => m.id);
  const [picked, setPicked] = useState<number[] | null>(null);
  const selected = (picked ?? (kitOffered ? available : [])).filter((id) => available.includes(id));

  // A refusal stays shown for the message and files it was about; changing either clears it.
  const attempt = `${composer.text.subject}\n${composer.text.body}\n${selected.join(',')}`;
  const [refusal, setRefusal] = useState<{ attempt: string; errors: Record<string, string> } | null>(null);
  const errors = refusal?.attempt === attempt ? refusal.errors : {};
  const send = useApiMutation('mail.send');

  const done = (entry: OutboxEntry) => {
    composer.clear();
    setPicked(null);
    if (entry.status === 'sent') {
      notifications.show({ color: 'teal', icon: <IconCheck size={16} />, title: t('send.sent', { email: entry.to }), message: t('send.logged') });
      return;
    }
    const failed = entry.status === 'failed';
    notifications.show({
      color: failed ? 'red' : 'orange',
      icon: failed ? <IconX size={16} /> : <IconClock size={16} />,
      title: failed ? t('send.failed') : t('send.queued'),
      message: waitingWords(entry, account),
      // Long enough to read why it waits; the outbox keeps saying it.
      autoClose: 15_000,
    });
  };

  const sendNow = () => {
    setRefusal(null);
    send.mutate(
      {
        collaborationId,
        subject: composer.text.subject.trim() || undefined,
        body: composer.text.body,
        kind: composer.composed?.kind,
        templateId: composer.templateId ?? undefined,
        materialIds: selected,
      },
      {
        onSuccess: done,
        onError: (e) => {
          const text = applyApiError(e, (fieldErrors) => setRefusal({ attempt, errors: fieldErrors }));
          if (text) notifications.show({ color: 'red', title: t('send.notSent'), message: text });
        },
      },
    );
  };

  return {
    readiness,
    account,
    materials,
    selected,
    pick: setPicked,
    send: sendNow,
    sending: send.isPending,
    attachmentError: Object.entries(errors).find(([key]) => isAttachmentField(key))?.[1],
    /** Refusals of anything but the files: the address, the mailbox, the text. */
    otherErrors: [...new Set(Object.entries(errors).filter(([key]) => !isAttachmentField(key)).map(([, text]) => text))],
  };
}
