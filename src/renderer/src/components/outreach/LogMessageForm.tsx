import { Button, Checkbox, Group, Paper, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EventLogInput, MESSAGE_CHANNELS, MESSAGE_DIRECTIONS, type MessageDirection } from '../../../../shared/schemas';
import { validateWith } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import type { MessageChannel } from './labels';

interface Values {
  direction: MessageDirection;
  channel: MessageChannel;
  text: string;
  stuck: boolean;
  /** A `datetime-local` value in the computer's time zone; empty means now. */
  at: string;
}

const EMPTY: Values = { direction: 'creator_to_brand', channel: 'email', text: '', stuck: false, at: '' };

function localToIso(local: string): string | undefined {
  if (local === '') return undefined;
  const date = new Date(local);
  // Left as typed when it is no date, so the check below names the field instead of failing here.
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

const toInput = (collaborationId: number) => (v: Values) => ({
  collaborationId,
  type: 'message' as const,
  direction: v.direction,
  channel: v.channel,
  text: v.text,
  stuck: v.direction === 'creator_to_brand' ? v.stuck : undefined,
  at: localToIso(v.at),
});

/** Logs a message that happened elsewhere: the creator's reply stops the reply clock, a brand message starts it. */
export function LogMessageForm({ collaborationId }: { collaborationId: number }) {
  const { t } = useTranslation('templates');
  const titleId = useId();
  const log = useApiMutation('events.log');
  const form = useForm<Values>({ initialValues: EMPTY, validate: validateWith(EventLogInput, toInput(collaborationId)) });
  const { submit, error } = useFormSubmit(
    form,
    (values) => log.mutateAsync(toInput(collaborationId)(values)),
    (event) => {
      form.reset();
      const reply = event.type === 'message' && event.data.direction === 'creator_to_brand';
      notifications.show({ color: 'teal', message: reply ? t('logForm.replyLogged') : t('logForm.logged') });
    },
  );
  const fromCreator = form.getValues().direction === 'creator_to_brand';
  const directionOptions = MESSAGE_DIRECTIONS.map((d) => ({ value: d, label: t(`direction.${d}`) }));
  const channelOptions = MESSAGE_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }));

  return (
    <Paper withBorder p="sm" radius="md" component="form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <Stack gap="xs">
        <Text size="sm" fw={600} id={titleId}>
          {t('logForm.title')}
        </Text>
        <Group gap="sm" align="flex-end">
          <SegmentedControl
            aria-label={t('logForm.whoWrote')}
            data={directionOptions}
            value={form.getValues().direction}
            onChange={(value) => form.setFieldValue('direction', value as MessageDirection)}
          />
          <Select label={t('logForm.channel')} data={channelOptions} allowDeselect={false} w={120} {...form.getInputProps('channel')} />
          <TextInput label={t('logForm.when')} description={t('logForm.whenHint')} type="datetime-local" w={210} {...form.getInputProps('at')} />
        </Group>
        <Textarea label={t('logForm.said')} placeholder={t('logForm.saidPlaceholder')} autosize minRows={2} maxRows={8} {...form.getInputProps('text')} />
        <Group justify="space-between">
          {fromCreator ? <Checkbox label={t('logForm.stuck')} {...form.getInputProps('stuck', { type: 'checkbox' })} /> : <span />}
          <Button type="submit" size="xs" loading={log.isPending}>
            {t('logForm.submit')}
          </Button>
        </Group>
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
