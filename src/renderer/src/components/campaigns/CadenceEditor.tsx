import { Alert, Badge, Button, Group, NumberInput, Paper, Stack, Switch, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconMessageCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Cadence, type CampaignCadence } from '../../../../shared/cadence/schemas';
import { applyApiError, errorText, validateWith } from '../../formErrors';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { numberOrNull } from '../forms/options';

interface Values {
  enabled: boolean;
  firstAfterArrivalDays: number | string;
  everyDays: number | string;
}

const toValues = (c: Cadence): Values => ({ ...c });
// An empty field stays empty, so the check says "Enter a number" rather than reading it as 0.
const toCadence = (v: Values) => ({
  enabled: v.enabled,
  firstAfterArrivalDays: numberOrNull(v.firstAfterArrivalDays) ?? undefined,
  everyDays: numberOrNull(v.everyDays) ?? undefined,
});
/** The app names the fields inside `cadence`; the form, on their own. */
const toFormFields = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^cadence\./, ''), message]));

/** A campaign's check-in rhythm while its creators make the content: on or off, the first one, then how often. */
export function CadenceEditor({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation('cadence');
  const current = useApiQuery('cadence.get', { campaignId });
  const state = current.data?.campaignId === campaignId ? current.data : undefined;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cadence-title" data-testid="cadence-editor">
      <Stack gap="sm">
        <Group gap="xs">
          <IconMessageCircle size={18} aria-hidden />
          <Text fw={600} id="cadence-title">
            {t('title')}
          </Text>
          {state && (
            <Badge variant="light" color={state.isDefault ? 'gray' : 'teal'} tt="none" data-testid="cadence-origin">
              {state.isDefault ? t('isDefault') : t('own')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('hint')}
        </Text>
        {current.isError && (
          <Alert color="red" variant="light" title={t('loadFailed')}>
            {errorText(current.error)}
          </Alert>
        )}
        {/* A fresh form for each campaign and each saved rhythm: what it shows is what is stored. */}
        {state && <CadenceForm key={`${campaignId}:${JSON.stringify(state)}`} state={state} />}
      </Stack>
    </Paper>
  );
}

function CadenceForm({ state }: { state: CampaignCadence }) {
  const { t } = useTranslation('cadence');
  const save = useApiMutation('cadence.save');
  const form = useForm<Values>({ initialValues: toValues(state.cadence), validate: validateWith(Cadence, toCadence) });
  const saved = () => notifications.show({ message: t('saved') });
  const { submit, error } = useFormSubmit(form, (values) => save.mutateAsync({ campaignId: state.campaignId, cadence: toCadence(values) as Cadence }), saved, toFormFields);
  const backToDefault = async () => {
    try {
      await save.mutateAsync({ campaignId: state.campaignId, cadence: null });
      saved();
    } catch (e) {
      const message = applyApiError(e, (errors) => form.setErrors(toFormFields(errors)));
      if (message) notifications.show({ color: 'red', title: t('notSaved'), message });
    }
  };
  const enabled = form.getValues().enabled;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Switch label={t('enabled')} {...form.getInputProps('enabled', { type: 'checkbox' })} />
        <Group grow align="flex-start" maw={520}>
          <NumberInput clampBehavior="none" allowDecimal={false} min={0} max={60} label={t('firstAfter')} description={t('firstAfterHint')} disabled={!enabled} {...form.getInputProps('firstAfterArrivalDays')} />
          <NumberInput clampBehavior="none" allowDecimal={false} min={1} max={60} label={t('every')} description={t('everyHint')} disabled={!enabled} {...form.getInputProps('everyDays')} />
        </Group>
        {error && (
          <Alert color="red" variant="light" title={t('notSaved')}>
            {error}
          </Alert>
        )}
        <Group gap="xs">
          <Button type="submit" size="sm" loading={save.isPending} disabled={!form.isDirty()}>
            {t('save')}
          </Button>
          {!state.isDefault && (
            <Button variant="subtle" size="sm" color="gray" onClick={() => void backToDefault()} disabled={save.isPending}>
              {t('useDefault')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
