import { Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { StrikeWithdrawInput, type Strike } from '../../../../shared/accountability/schemas';
import { validateWith } from '../../formErrors';
import { formatDateTime } from '../../format';
import { useApiMutation } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { FormActions } from '../forms/FormActions';

/** Takes a strike back: nothing is deleted, the reason stays on record. */
export function WithdrawStrikeForm({ strike, onDone }: { strike: Strike; onDone: () => void }) {
  const { t } = useTranslation('accountability');
  const withdraw = useApiMutation('strikes.withdraw');
  const form = useForm({
    initialValues: { reason: '' },
    validate: validateWith(StrikeWithdrawInput, (v: { reason: string }) => ({ id: strike.id, reason: v.reason })),
  });
  const { submit, error } = useFormSubmit(
    form,
    (values) => withdraw.mutateAsync({ id: strike.id, reason: values.reason }),
    (result) => {
      notifications.show({ color: 'teal', title: t('withdrawForm.doneTitle'), message: t('withdrawForm.doneMessage', { count: result.activeStrikes }) });
      onDone();
    },
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {t('withdrawForm.summary', { reason: t(`strikeReason.${strike.reason}`), at: formatDateTime(strike.at) })}
        </Text>
        <Textarea label={t('withdrawForm.why')} withAsterisk autosize minRows={2} maxRows={6} data-autofocus {...form.getInputProps('reason')} />
        <FormActions saving={withdraw.isPending} error={error} onCancel={onDone} label={t('withdrawForm.submit')} />
      </Stack>
    </form>
  );
}
