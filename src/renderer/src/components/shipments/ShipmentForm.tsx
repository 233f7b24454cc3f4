import { ActionIcon, Button, Checkbox, Group, Loader, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { dateInZone } from '../../../../shared/dates';
import { toMinor } from '../../../../shared/money';
import { isBeforeReceipt } from '../../../../shared/rules/stageGroups';
import type { CollaborationDetail } from '../../../../shared/schemas';
import { carrierLabel, CARRIERS, type Carrier } from '../../../../shared/shipments/carriers';
import { ShipmentAddInput } from '../../../../shared/shipments/schemas';
import { appNow } from '../../clock';
import { validateWith } from '../../formErrors';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { FormActions } from '../forms/FormActions';
import { numberOrNull } from '../forms/options';

interface ItemValues {
  name: string;
  sku: string;
  quantity: number | string;
  value: number | string;
}

interface Values {
  carrier: Carrier;
  trackingNumber: string;
  address: string;
  shippedOn: string;
  deliveredOn: string;
  moveCard: boolean;
  items: ItemValues[];
}

const toInput = (collab: CollaborationDetail) => (v: Values) => ({
  collaborationId: collab.id,
  carrier: v.carrier,
  trackingNumber: v.trackingNumber,
  address: v.address,
  shippedOn: v.shippedOn || null,
  deliveredOn: v.deliveredOn || null,
  moveCard: v.moveCard && v.deliveredOn !== '',
  items: v.items
    .filter((i) => i.name !== '' || i.sku !== '')
    .map((i) => {
      const value = numberOrNull(i.value);
      return { name: i.name, sku: i.sku, quantity: numberOrNull(i.quantity) ?? undefined, valueMinor: value === null ? null : toMinor(value, collab.currency) };
    }),
});

// The API names an item's value in cents; the form shows it in whole currency.
const toFormErrors = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(/\.valueMinor$/, '.value'), v]));

/** One parcel to the creator: how it goes, what is in it, where to, and the days it moved. */
export function ShipmentForm({ collab, onDone }: { collab: CollaborationDetail; onDone: () => void }) {
  const zone = useApiQuery('settings.get', {}).data?.timeZone;
  if (zone === undefined) return <Loader size="sm" />;
  return <ShipmentFields collab={collab} onDone={onDone} today={dateInZone(appNow(), zone)} />;
}

function ShipmentFields({ collab, onDone, today }: { collab: CollaborationDetail; onDone: () => void; today: string }) {
  const { t } = useTranslation(['shipments', 'domain']);
  const add = useApiMutation('shipments.add');
  const form = useForm<Values>({
    initialValues: {
      carrier: 'dhl',
      trackingNumber: '',
      address: collab.creator.shippingAddress,
      shippedOn: today,
      deliveredOn: '',
      moveCard: true,
      items: [{ name: collab.product, sku: '', quantity: 1, value: '' }],
    },
    validate: (v) => toFormErrors(validateWith(ShipmentAddInput, toInput(collab))(v)),
  });
  const { submit, error } = useFormSubmit(form, (v) => add.mutateAsync(ShipmentAddInput.parse(toInput(collab)(v))), onDone, toFormErrors);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <Select label={t('form.carrier')} data={CARRIERS.map((c) => ({ value: c, label: carrierLabel(c, t) }))} allowDeselect={false} data-autofocus {...form.getInputProps('carrier')} />
          <TextInput label={t('form.trackingNumber')} {...form.getInputProps('trackingNumber')} />
        </SimpleGrid>
        <Textarea label={t('form.address')} description={collab.creator.shippingAddress ? t('form.addressHint') : t('form.noAddress')} autosize minRows={2} maxRows={5} {...form.getInputProps('address')} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('form.items')}
          </Text>
          {form.values.items.map((_, i) => (
            <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput aria-label={t('form.item', { n: i + 1 })} placeholder={t('form.itemPlaceholder')} style={{ flex: 3 }} {...form.getInputProps(`items.${i}.name`)} />
              <TextInput aria-label={t('form.sku', { n: i + 1 })} placeholder={t('form.skuPlaceholder')} style={{ flex: 2 }} {...form.getInputProps(`items.${i}.sku`)} />
              <NumberInput aria-label={t('form.quantity', { n: i + 1 })} clampBehavior="none" min={1} allowDecimal={false} w={70} {...form.getInputProps(`items.${i}.quantity`)} />
              <NumberInput aria-label={t('form.value', { n: i + 1 })} placeholder={t('form.valuePlaceholder', { currency: collab.currency })} clampBehavior="none" min={0} decimalScale={2} w={120} {...form.getInputProps(`items.${i}.value`)} />
              <ActionIcon variant="subtle" color="gray" mt={6} aria-label={t('form.remove', { n: i + 1 })} onClick={() => form.removeListItem('items', i)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} style={{ alignSelf: 'flex-start' }} onClick={() => form.insertListItem('items', { name: '', sku: '', quantity: 1, value: '' })}>
            {t('form.addItem')}
          </Button>
        </Stack>
        <SimpleGrid cols={2}>
          <TextInput type="date" label={t('form.shippedOn')} max={today} {...form.getInputProps('shippedOn')} />
          <TextInput type="date" label={t('form.deliveredOn')} max={today} {...form.getInputProps('deliveredOn')} />
        </SimpleGrid>
        {form.values.deliveredOn !== '' && isBeforeReceipt(collab.stage) && (
          <Checkbox label={t('form.moveCardDated', { stage: t('domain:stage.product_received') })} {...form.getInputProps('moveCard', { type: 'checkbox' })} />
        )}
        <FormActions saving={add.isPending} error={error} onCancel={onDone} label={t('form.submit')} />
      </Stack>
    </form>
  );
}
