import { Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { type Dispute, DisputeUpdateInput } from '../../../../shared/accountability/schemas';
import { validateWith } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { FormActions } from '../forms/FormActions';
import { appNow } from '../../clock';

interface Values {
  resolvedOn: string;
  outcome: string;
}

/** Settles a dispute on a date with what was agreed. */
export function SettleForm({ dispute, onDone }: { dispute: Dispute; onDone: () => void }) {
  const { t } = useTranslation('accountability');
  const update = useApiMutation('disputes.update');
  const form = useForm<Values>({
    // Today on the app's clock, in this computer's calendar: the day the brand is settling it.
    initialValues: { resolvedOn: format(appNow(), 'yyyy-MM-dd'), outcome: dispute.outcome },
    validate: (values) => {
      const errors = validateWith(DisputeUpdateInput, (v: Values) => ({ id: dispute.id, ...v }))(values);
      if (values.resolvedOn === '') errors.resolvedOn = t('dispute.enterSettledDate');
      return errors;
    },
  });
  const { submit, error } = useFormSubmit(
    form,
    (values) => update.mutateAsync({ id: dispute.id, resolvedOn: values.resolvedOn, outcome: values.outcome }),
    () => {
      notifications.show({ color: 'teal', message: t('dispute.settledDone') });
      onDone();
    },
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput type="date" label={t('dispute.settledOnLabel')} withAsterisk w={200} {...form.getInputProps('resolvedOn')} />
        <Textarea label={t('dispute.outcome')} placeholder={t('dispute.outcomePlaceholder')} autosize minRows={2} maxRows={6} data-autofocus {...form.getInputProps('outcome')} />
        <FormActions saving={update.isPending} error={error} onCancel={onDone} label={t('dispute.markSettled')} />
      </Stack>
    </form>
  );
}
