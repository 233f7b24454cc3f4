import { Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { securityOfPort } from '../../../../../shared/mail/presets';
import type { MailboxValues } from './mailboxForm';

/** Host, port and encryption of one side (IMAP or SMTP), with a word when the port usually goes with the other encryption. */
export function MailServerFields({ form, side }: { form: UseFormReturnType<MailboxValues>; side: 'imap' | 'smtp' }) {
  const { t } = useTranslation('mailbox');
  const server = form.values.account[side];
  const usual = typeof server.port === 'number' ? securityOfPort(server.port) : null;
  const securities = [
    { value: 'tls', label: t('security.tls') },
    { value: 'starttls', label: t('security.starttls') },
  ];
  return (
    <Stack gap={4} role="group" aria-labelledby={`mail-${side}-title`}>
      <Text size="sm" fw={500} id={`mail-${side}-title`}>
        {t(`field.${side}`)}
      </Text>
      <Group grow align="flex-start" gap="xs">
        <TextInput label={t('field.host')} {...form.getInputProps(`account.${side}.host`)} />
        <NumberInput label={t('field.port')} min={1} max={65535} allowDecimal={false} allowNegative={false} hideControls maw={110} {...form.getInputProps(`account.${side}.port`)} />
        <Select label={t('field.security')} data={securities} allowDeselect={false} {...form.getInputProps(`account.${side}.security`)} />
      </Group>
      {usual !== null && usual !== server.security && (
        <Text size="xs" c="orange">
          {t('portHint', { port: server.port, security: usual })}
        </Text>
      )}
    </Stack>
  );
}
