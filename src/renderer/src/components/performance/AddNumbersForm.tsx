import { NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { METRIC_FIELDS, type MetricField, SnapshotRecordInput } from '../../../../shared/metrics/schemas';
import { currencyDigits, toMinor } from '../../../../shared/money';
import { validateWith } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { FormActions } from '../forms/FormActions';
import { numberOrNull } from '../forms/options';
import { fromLocalInput, toLocalInput } from './localTime';
import { appNow } from '../../clock';

type Values = Record<MetricField, number | string> & { capturedAt: string; cost: number | string };

const EMPTY_COUNTS = Object.fromEntries(METRIC_FIELDS.map((f) => [f, ''])) as Record<MetricField, string>;

/**
 * The numbers of a post as read now or at another moment; a field left empty is unknown, not
 * zero. The moment starts at now; left as it is, the app's own clock stamps the reading, to the
 * second, so two readings a minute apart are never taken for the same one.
 */
export function AddNumbersForm({ deliverableId, postName, currency, onDone }: { deliverableId: number; postName: string; currency: string; onDone: () => void }) {
  const { t } = useTranslation('campaigns');
  const record = useApiMutation('metrics.record');
  const [now] = useState(() => toLocalInput(appNow()));
  const toInput = (v: Values) => {
    const cost = numberOrNull(v.cost);
    return {
      deliverableId,
      ...(v.capturedAt === now ? {} : { capturedAt: fromLocalInput(v.capturedAt) ?? undefined }),
      ...Object.fromEntries(METRIC_FIELDS.map((f) => [f, numberOrNull(v[f])])),
      costMinor: cost === null ? null : toMinor(cost, currency),
    };
  };
  const form = useForm<Values>({
    initialValues: { ...EMPTY_COUNTS, capturedAt: now, cost: '' },
    validate: validateWith(SnapshotRecordInput, toInput),
  });
  const { submit, error } = useFormSubmit(
    form,
    (values) => record.mutateAsync(toInput(values)),
    () => {
      notifications.show({ color: 'teal', message: t('numbersForm.recorded', { post: postName }) });
      onDone();
    },
    ({ costMinor, ...rest }) => (costMinor ? { ...rest, cost: costMinor } : rest),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput label={t('numbersForm.readAt')} description={t('numbersForm.readAtHint')} type="datetime-local" max={now} w={240} {...form.getInputProps('capturedAt')} />
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
          {METRIC_FIELDS.map((f, i) => (
            <NumberInput clampBehavior="none" key={f} label={t(`metric.${f}`)} min={0} thousandSeparator="," data-autofocus={i === 0 || undefined} {...form.getInputProps(f)} />
          ))}
          <NumberInput clampBehavior="none"
            label={t('numbersForm.cost', { currency })}
            description={t('numbersForm.costHint')}
            min={0}
           
            decimalScale={currencyDigits(currency)}
            thousandSeparator=","
            {...form.getInputProps('cost')}
          />
        </SimpleGrid>
        <FormActions saving={record.isPending} error={error} onCancel={onDone} label={t('numbersForm.save')} />
      </Stack>
    </form>
  );
}
