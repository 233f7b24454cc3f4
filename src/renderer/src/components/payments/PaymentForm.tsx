import { Loader, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { dateInZone } from '../../../../shared/dates';
import { toMinor } from '../../../../shared/money';
import { paymentKindLabel } from '../../../../shared/payments/labels';
import { FEE_PAYMENT_KINDS, PAYMENT_KINDS, PaymentAddInput, type PaymentKind } from '../../../../shared/payments/schemas';
import { appNow } from '../../clock';
import { validateWith } from '../../formErrors';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { FormActions } from '../forms/FormActions';
import { numberOrNull } from '../forms/options';
import { numberSeparators } from '../../format';

interface Values {
  kind: PaymentKind;
  paidOn: string;
  amount: number | string;
  method: string;
  reference: string;
}

const toInput = (collaborationId: number, currency: string) => (v: Values) => {
  const amount = numberOrNull(v.amount);
  return {
    collaborationId,
    kind: v.kind,
    paidOn: v.paidOn,
    // Empty is not 0: the field asks for the amount.
    amountMinor: amount === null ? undefined : toMinor(amount, currency),
    method: v.method,
    reference: v.reference,
  };
};

// The API names the amount in cents; the form shows it in whole currency.
const toFormErrors = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([k, v]) => [k === 'amountMinor' ? 'amount' : k, v]));

interface Props {
  collaborationId: number;
  currency: string;
  gift: boolean;
  onDone: () => void;
}

/** One payment to the creator: what it was for, the day it was paid (today in the brand's zone unless changed), how much, and how. */
export function PaymentForm(props: Props) {
  const zone = useApiQuery('settings.get', {}).data?.timeZone;
  if (zone === undefined) return <Loader size="sm" />;
  return <PaymentFields {...props} today={dateInZone(appNow(), zone)} />;
}

function PaymentFields({ collaborationId, currency, gift, onDone, today }: Props & { today: string }) {
  const { t } = useTranslation('card');
  const add = useApiMutation('payments.add');
  // A gift has no fee: only payments beside it can be recorded.
  const kinds = PAYMENT_KINDS.filter((k) => !gift || !FEE_PAYMENT_KINDS.includes(k));
  const form = useForm<Values>({
    initialValues: { kind: kinds[0]!, paidOn: today, amount: '', method: '', reference: '' },
    validate: (values) => toFormErrors(validateWith(PaymentAddInput, toInput(collaborationId, currency))(values)),
  });
  const save = (values: Values) => {
    const input = toInput(collaborationId, currency)(values);
    // Validated just before: the amount is there.
    return add.mutateAsync({ ...input, amountMinor: input.amountMinor! });
  };
  const { submit, error } = useFormSubmit(form, save, onDone, toFormErrors);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select label={t('payments.for')} data={kinds.map((k) => ({ value: k, label: paymentKindLabel(k, t) }))} allowDeselect={false} data-autofocus {...form.getInputProps('kind')} />
        <TextInput type="date" label={t('payments.paidOn')} max={today} {...form.getInputProps('paidOn')} />
        <NumberInput clampBehavior="none" label={t('payments.amountIn', { currency })} min={0} decimalScale={2} {...numberSeparators()} {...form.getInputProps('amount')} />
        <TextInput label={t('payments.method')} placeholder={t('payments.methodPlaceholder')} {...form.getInputProps('method')} />
        <TextInput label={t('payments.reference')} placeholder={t('payments.referencePlaceholder')} {...form.getInputProps('reference')} />
        <FormActions saving={add.isPending} error={error} onCancel={onDone} label={t('payments.submit')} />
      </Stack>
    </form>
  );
}
