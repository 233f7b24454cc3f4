import { Button, Fieldset, Group, MultiSelect, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { NotifySettings, REMINDER_GROUPS, type ReminderGroup } from '../../../../shared/reminders/settings';
import { validateWith } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { DesktopAlertsButton } from '../notifications/DesktopAlertsButton';
import { leadOptions, type ReminderFormValues, toFormFields, toFormValues, toNotify } from './reminderForm';

const check = validateWith(NotifySettings, toNotify);

/** Settings → Reminders: what may remind, how early, when to keep quiet, and the desktop app's tray. */
export function ReminderSettings({ notify }: { notify: NotifySettings }) {
  const { t } = useTranslation('settings');
  const save = useApiMutation('settings.update');
  const form = useForm<ReminderFormValues>({ initialValues: toFormValues(notify), validate: (v) => toFormFields(check(v)) });
  const { submit, error } = useFormSubmit(
    form,
    (values) => save.mutateAsync({ notify: toNotify(values) }),
    (saved) => {
      const values = toFormValues(saved.notify);
      form.setInitialValues(values);
      form.setValues(values);
      notifications.show({ message: t('reminders.saved') });
    },
    toFormFields,
  );
  const quiet = form.getValues().quiet;
  const checkbox = { type: 'checkbox' } as const;
  const fields = {
    leadHours: form.getInputProps('leadHours'),
    quiet: form.getInputProps('quiet', checkbox),
    quietFrom: form.getInputProps('quietFrom'),
    quietTo: form.getInputProps('quietTo'),
    closeToTray: form.getInputProps('closeToTray', checkbox),
    openAtLogin: form.getInputProps('openAtLogin', checkbox),
  };
  const groupSwitch = (group: ReminderGroup) => form.getInputProps(`groups.${group}`, checkbox);
  const inBrowser = !window.followthrough;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="reminder-settings">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text fw={600} id="reminder-settings">
            {t('reminders.title')}
          </Text>
          <FieldGroup legend={t('reminders.remindAbout')}>
            {REMINDER_GROUPS.map((g) => (
              <Switch key={g} label={t(`reminders.group.${g}`)} {...groupSwitch(g)} />
            ))}
          </FieldGroup>
          <MultiSelect
            label={t('reminders.early')}
            description={t('reminders.earlyHint')}
            placeholder={form.getValues().leadHours.length === 0 ? t('reminders.earlyNone') : undefined}
            data={leadOptions(form.getValues().leadHours)}
            maxValues={4}
            searchable
            hidePickedOptions
            {...fields.leadHours}
          />
          <FieldGroup legend={t('reminders.quietHours')}>
            <Switch
              label={t('reminders.noPopUps')}
              description={t('reminders.noPopUpsHint')}
              {...fields.quiet}
            />
            <Group grow align="flex-start">
              <TextInput type="time" label={t('reminders.quietFrom')} disabled={!quiet} {...fields.quietFrom} />
              <TextInput type="time" label={t('reminders.quietUntil')} disabled={!quiet} {...fields.quietTo} />
            </Group>
          </FieldGroup>
          <FieldGroup legend={t('reminders.desktopApp')}>
            <Switch label={t('reminders.closeToTray')} {...fields.closeToTray} />
            <Switch label={t('reminders.openAtLogin')} {...fields.openAtLogin} />
            {inBrowser && (
              <Text size="xs" c="dimmed">
                {t('reminders.browserOnly')}
              </Text>
            )}
          </FieldGroup>
          <Group>
            <DesktopAlertsButton withStatus />
          </Group>
          <Group justify="space-between">
            <Text size="sm" c="red" role={error ? 'alert' : undefined}>
              {error}
            </Text>
            <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
              {t('reminders.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** A titled group of fields, announced as one group by screen readers. */
function FieldGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset legend={legend} variant="unstyled" styles={{ legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 6 } }}>
      <Stack gap={8}>{children}</Stack>
    </Fieldset>
  );
}
