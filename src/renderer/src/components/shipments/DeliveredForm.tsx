import { Checkbox, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { dateInZone } from '../../../../shared/dates';
import { isBeforeReceipt } from '../../../../shared/rules/stageGroups';
import type { Stage } from '../../../../shared/stages';
import { ShipmentUpdateInput, type Shipment } from '../../../../shared/shipments/schemas';
import { appNow } from '../../clock';
import { validateWith } from '../../formErrors';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { FormActions } from '../forms/FormActions';

interface Props {
  shipment: Shipment;
  stage: Stage;
  /** Delivered, or came back to the brand. */
  what: 'deliveredOn' | 'returnedOn';
  onDone: () => void;
}

/** The day a parcel arrived (asking whether the card moves on to Product received), or came back. */
export function DeliveredForm(props: Props) {
  const zone = useApiQuery('settings.get', {}).data?.timeZone;
  if (zone === undefined) return <Loader size="sm" />;
  return <DayFields {...props} today={dateInZone(appNow(), zone)} />;
}

function DayFields({ shipment, stage, what, onDone, today }: Props & { today: string }) {
  const { t } = useTranslation(['shipments', 'domain']);
  const update = useApiMutation('shipments.update');
  const asks = what === 'deliveredOn' && isBeforeReceipt(stage);
  const toInput = (v: { day: string; moveCard: boolean }) => ({ id: shipment.id, [what]: v.day, moveCard: asks && v.moveCard });
  const rename = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([k, m]) => [k === what ? 'day' : k, m]));
  const form = useForm({ initialValues: { day: today, moveCard: true }, validate: (v) => rename(validateWith(ShipmentUpdateInput, toInput)(v)) });
  const { submit, error } = useFormSubmit(form, (v) => update.mutateAsync(ShipmentUpdateInput.parse(toInput(v))), onDone, rename);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput type="date" label={what === 'deliveredOn' ? t('arrival.deliveredOn') : t('arrival.returnedOn')} max={today} data-autofocus {...form.getInputProps('day')} />
        {asks && (
          <>
            <Checkbox label={t('arrival.moveCard', { stage: t('domain:stage.product_received') })} {...form.getInputProps('moveCard', { type: 'checkbox' })} />
            <Text size="xs" c="dimmed">
              {t('arrival.hint')}
            </Text>
          </>
        )}
        <FormActions saving={update.isPending} error={error} onCancel={onDone} label={t('arrival.save')} />
      </Stack>
    </form>
  );
}
