import { Button, Fieldset, Group, MultiSelect, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { NotifySettings, REMINDER_GROUP_LABELS, REMINDER_GROUPS } from '../../../../shared/reminders/settings';
import { validateWith } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { DesktopAlertsButton } from '../notifications/DesktopAlertsButton';
import { leadOptions, type ReminderFormValues, toFormFields, toFormValues, toNotify } from './reminderForm';

const check = validateWith(NotifySettings, toNotify);

/** Settings → Reminders: what may remind, how early, when to keep quiet, and the desktop app's tray. */
export function ReminderSettings({ notify }: { notify: NotifySettings }) {
  const save = useApiMutation('settings.update');
  const form = useForm<ReminderFormValues>({ initialValues: toFormValues(notify), validate: (v) => toFormFields(check(v)) });
  const { submit, error } = useFormSubmit(
    form,
    (values) => save.mutateAsync({ notify: toNotify(values) }),
    (saved) => {
      const values = toFormValues(saved.notify);
      form.setInitialValues(values);
      form.setValues(values);
      notifications.show({ message: 'Reminder settings saved.' });
    },
    toFormFields,
  );
  const quiet = form.getValues().quiet;
  const inBrowser = !window.followthrough;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="reminder-settings">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text fw={600} id="reminder-settings">
            Reminders
          </Text>
          <FieldGroup legend="Remind me about">
            {REMINDER_GROUPS.map((g) => (
              <Switch key={g} label={REMINDER_GROUP_LABELS[g]} {...form.getInputProps(`groups.${g}`, { type: 'checkbox' })} />
            ))}
          </FieldGroup>
          <MultiSelect
            label="Early reminders"
            description="How long before a deadline to remind, besides due today and overdue"
            placeholder={form.getValues().leadHours.length === 0 ? 'None: only on the day' : undefined}
            data={leadOptions(form.getValues().leadHours)}
            maxValues={4}
            searchable
            hidePickedOptions
            {...form.getInputProps('leadHours')}
          />
          <FieldGroup legend="Quiet hours">
            <Switch
              label="No pop-ups at night"
              description="Reminders wait in the bell and pop up when the quiet hours end"
              {...form.getInputProps('quiet', { type: 'checkbox' })}
            />
            <Group grow align="flex-start">
              <TextInput type="time" label="Quiet from" disabled={!quiet} {...form.getInputProps('quietFrom')} />
              <TextInput type="time" label="Quiet until" disabled={!quiet} {...form.getInputProps('quietTo')} />
            </Group>
          </FieldGroup>
          <FieldGroup legend="Desktop app">
            <Switch label="Keep running in the tray when the window is closed" {...form.getInputProps('closeToTray', { type: 'checkbox' })} />
            <Switch label="Open Followthrough when I log in" {...form.getInputProps('openAtLogin', { type: 'checkbox' })} />
            {inBrowser && (
              <Text size="xs" c="dimmed">
                These two apply to the desktop app. In the browser, reminders arrive while this page is open.
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
              Save reminders
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
