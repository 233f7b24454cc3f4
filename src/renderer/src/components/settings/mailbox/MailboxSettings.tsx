import { Accordion, Button, Group, Loader, Paper, PasswordInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAIL_PRESETS, type MailPreset } from '../../../../../shared/mail/account';
import { MailSettingsSaveInput, type MailSettings, type MailTestResult } from '../../../../../shared/mail/mailboxSchemas';
import { call } from '../../../api';
import { applyApiError, errorText, validateWith } from '../../../formErrors';
import { useApiMutation, useApiQuery } from '../../../hooks/queries';
import { MailSyncStatus } from '../../mail/MailSyncStatus';
import { UnsavedGuard } from '../../UnsavedGuard';
import { inputOf, type MailboxValues, valuesOf, withAddress, withPreset } from './mailboxForm';
import { presetName, secretWords } from './mailboxWords';
import { MailServerFields } from './MailServerFields';
import { MailTestResults } from './MailTestResults';

/** Settings → Mailbox: the mailbox Followthrough signs in to, tested before or after it is saved. */
export function MailboxSettings() {
  const settings = useApiQuery('mail.settings.get', {});
  if (!settings.data) return <Loader />;
  // A new form when the stored settings change (saved here, in another window, or disconnected).
  return (
    <Stack gap="sm">
      <MailboxForm key={settings.data.updatedAt ?? 'none'} settings={settings.data} />
      {settings.data.account && <MailSyncStatus linkToWaiting />}
    </Stack>
  );
}

function MailboxForm({ settings }: { settings: MailSettings }) {
  const { t } = useTranslation('mailbox');
  const save = useApiMutation('mail.settings.save');
  const remove = useApiMutation('mail.settings.remove');
  const test = useMutation<MailTestResult, Error, MailboxValues>({ mutationFn: (values) => call('mail.test', inputOf(values)) });
  const [confirming, setConfirming] = useState(false);
  const form = useForm<MailboxValues>({
    initialValues: valuesOf(settings.account),
    validate: validateWith(MailSettingsSaveInput, inputOf),
    // A result shown is the answer for the values tested: changed, they are not tested yet.
    onValuesChange: () => test.reset(),
  });
  const { account } = form.values;
  const presets = MAIL_PRESETS.map((preset) => ({ value: preset, label: presetName(preset) }));
  const connected = settings.account !== null;

  const runTest = (values: MailboxValues) => {
    test.reset();
    test.mutate(values, {
      onError: (e) => {
        const message = applyApiError(e, form.setErrors);
        if (message) notifications.show({ color: 'red', title: t('notTested'), message });
      },
    });
  };
  const submit = form.onSubmit(async (values) => {
    try {
      await save.mutateAsync(inputOf(values));
      // The password is kept now; the field is for typing another one.
      const saved = { ...values, password: '' };
      form.setValues(saved);
      form.resetDirty(saved);
      notifications.show({ message: t('saved') });
    } catch (e) {
      const message = applyApiError(e, form.setErrors);
      if (message) notifications.show({ color: 'red', title: t('notSaved'), message });
    }
  });
  const trust = (sha256: string) => {
    const values = { ...form.values, account: { ...form.values.account, trustedCertificateSha256: sha256 } };
    form.setValues(values);
    runTest(values);
  };
  const disconnect = () =>
    remove.mutate(
      {},
      {
        onSuccess: () => notifications.show({ message: t('removed') }),
        onError: (e) => notifications.show({ color: 'red', title: t('notRemoved'), message: errorText(e) }),
      },
    );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mailbox-title">
      <form onSubmit={submit} noValidate>
        <UnsavedGuard dirty={form.isDirty()} />
        <Stack gap="sm">
          <Title order={4} id="mailbox-title">
            {t('title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('about')}
          </Text>
          <Select
            label={t('preset.label')}
            data={presets}
            allowDeselect={false}
            {...form.getInputProps('account.preset')}
            onChange={(preset) => preset && form.setValues(withPreset(form.values, preset as MailPreset))}
          />
          <TextInput
            label={t('field.address')}
            type="email"
            autoComplete="email"
            {...form.getInputProps('account.address')}
            onChange={(event) => form.setValues(withAddress(form.values, event.currentTarget.value))}
          />
          <TextInput label={t('field.displayName')} {...form.getInputProps('account.displayName')} />
          <TextInput label={t('field.user')} description={t('field.userHint')} autoComplete="username" {...form.getInputProps('account.user')} />
          <PasswordInput
            label={t('field.password')}
            description={[settings.passwordStored ? t('kept.stored') : null, ...secretWords(account.preset)].filter(Boolean).join(' ')}
            autoComplete="new-password"
            visibilityToggleButtonProps={{ 'aria-label': t('field.showPassword') }}
            {...form.getInputProps('password')}
          />
          <Text size="xs" c="dimmed">
            {t(`kept.${settings.secretStore}`)}
          </Text>
          <Accordion variant="contained" defaultValue={account.preset === 'custom' ? 'servers' : null}>
            <Accordion.Item value="servers">
              <Accordion.Control>{t('field.advanced')}</Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  <MailServerFields form={form} side="imap" />
                  <MailServerFields form={form} side="smtp" />
                  {account.trustedCertificateSha256 && (
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <Stack gap={0}>
                        <Text size="sm" fw={500}>
                          {t('trusted.label')}
                        </Text>
                        <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                          {t('trusted.fingerprint', { sha256: account.trustedCertificateSha256 })}
                        </Text>
                      </Stack>
                      <Button size="xs" variant="subtle" onClick={() => form.setFieldValue('account.trustedCertificateSha256', null)}>
                        {t('trusted.stop')}
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
          {test.isPending && (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm">{t('result.testing')}</Text>
            </Group>
          )}
          {test.data && <MailTestResults result={test.data} trusted={account.trustedCertificateSha256} onTrust={trust} />}
          <Group justify="space-between">
            <Group gap="xs">
              {connected && !confirming && (
                <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
                  {t('action.disconnect')}
                </Button>
              )}
            </Group>
            <Group gap="xs">
              <Button variant="light" loading={test.isPending} onClick={() => !form.validate().hasErrors && runTest(form.values)}>
                {t('action.test')}
              </Button>
              <Button type="submit" loading={save.isPending} disabled={connected && !form.isDirty()}>
                {t('action.save')}
              </Button>
            </Group>
          </Group>
          {confirming && (
            <Paper withBorder p="sm" role="alertdialog" aria-label={t('action.disconnect')}>
              <Stack gap="xs">
                <Text size="sm">{t('action.confirmDisconnect')}</Text>
                <Group gap="xs">
                  <Button color="red" size="xs" loading={remove.isPending} onClick={disconnect}>
                    {t('action.disconnect')}
                  </Button>
                  <Button variant="default" size="xs" onClick={() => setConfirming(false)}>
                    {t('action.cancel')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
