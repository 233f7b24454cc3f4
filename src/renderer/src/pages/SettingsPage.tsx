import { Button, Group, Loader, Paper, ScrollArea, Select, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { SettingsUpdateInput, type Settings } from '../../../shared/schemas';
import { COMMON_CURRENCIES, timeZoneOptions } from '../components/forms/options';
import { BackupSettings } from '../components/settings/BackupSettings';
import { UnsavedGuard } from '../components/UnsavedGuard';
import { LanguageSettings } from '../components/settings/LanguageSettings';
import { MailboxSettings } from '../components/settings/mailbox/MailboxSettings';
import { HolidayInput } from '../components/settings/HolidayInput';
import { ReminderSettings } from '../components/settings/ReminderSettings';
import { applyApiError, validateWith } from '../formErrors';
import { useApiMutation, useApiQuery } from '../hooks/queries';
import { settingsTabOf } from '../route';

export function SettingsPage() {
  const { t } = useTranslation(['common', 'mailbox']);
  const settings = useApiQuery('settings.get', {});
  // The page is taller than a laptop screen, and the window itself never scrolls.
  return (
    <ScrollArea style={{ flex: 1 }}>
      <Stack maw={560} gap="sm" pb="md">
        <Title order={3}>{t('nav.settings')}</Title>
        {/* The mailbox tab is drawn when opened: its settings are asked for then, not behind the general ones. */}
        <Tabs defaultValue={settingsTabOf(window.location.hash)} keepMounted={false}>
          <Tabs.List mb="sm">
            <Tabs.Tab value="general">{t('mailbox:tabs.general')}</Tabs.Tab>
            <Tabs.Tab value="mailbox">{t('mailbox:tabs.mailbox')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="general">
            {settings.data ? (
              <Stack gap="sm">
                <LanguageSettings language={settings.data.language} />
                <SettingsForm settings={settings.data} />
                <ReminderSettings notify={settings.data.notify} />
                <BackupSettings />
              </Stack>
            ) : (
              <Loader />
            )}
          </Tabs.Panel>
          <Tabs.Panel value="mailbox">
            <MailboxSettings />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </ScrollArea>
  );
}

// A bad date is reported at its index (holidays.3); show it on the one field.
const holidayError = (errors: Record<string, unknown>) =>
  Object.entries(errors).find(([k]) => k === 'holidays' || k.startsWith('holidays.'))?.[1] as string | undefined;

function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation('settings');
  const save = useApiMutation('settings.update');
  const form = useForm<Settings>({ initialValues: settings, validate: validateWith(SettingsUpdateInput, (v: Settings) => v) });
  const submit = form.onSubmit(async (values) => {
    try {
      // Reminders are saved by their own section; this form's copy of them may be out of date.
      const { notify: _notify, language: _language, ...general } = values;
      await save.mutateAsync(general);
      form.resetDirty(values);
      notifications.show({ message: t('general.saved') });
    } catch (e) {
      const message = applyApiError(e, form.setErrors);
      if (message) notifications.show({ color: 'red', title: t('general.notSaved'), message });
    }
  });
  const fields = {
    brandName: form.getInputProps('brandName'),
    senderName: form.getInputProps('senderName'),
    timeZone: form.getInputProps('timeZone'),
    currency: form.getInputProps('currency'),
    paper: form.getInputProps('paper'),
  };
  const papers = [
    { value: 'A4', label: 'A4' },
    { value: 'Letter', label: t('general.paperLetter') },
  ];
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <UnsavedGuard dirty={form.isDirty()} />
        <Stack gap="sm">
          <TextInput label={t('general.brandName')} description={t('general.brandNameHint')} {...fields.brandName} />
          <TextInput label={t('general.yourName')} description={t('general.yourNameHint')} {...fields.senderName} />
          <Select label={t('general.timeZone')} description={t('general.timeZoneHint')} data={timeZoneOptions} searchable allowDeselect={false} {...fields.timeZone} />
          <Select label={t('general.currency')} data={COMMON_CURRENCIES} searchable allowDeselect={false} {...fields.currency} />
          <HolidayInput value={form.values.holidays} onChange={(dates) => form.setFieldValue('holidays', dates)} error={holidayError(form.errors)} />
          <Select label={t('general.paper')} data={papers} allowDeselect={false} {...fields.paper} />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('general.appliesToNew')}
            </Text>
            <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
              {t('general.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
