import { NumberInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from './MoneyInput';
import type { TermsForm } from './types';

export function PartiesSection({ form }: { form: TermsForm }) {
  const { t } = useTranslation('contract');
  const { fee } = form.values;
  return (
    <Stack gap="sm">
      <TextInput label={t('parties.title')} {...form.getInputProps('title')} />
      <SimpleGrid cols={2}>
        <TextInput label={t('party.brand')} {...form.getInputProps('parties.brandName')} />
        <TextInput label={t('parties.brandRepresentative')} {...form.getInputProps('parties.brandRepresentative')} />
        <TextInput label={t('party.creator')} {...form.getInputProps('parties.creatorName')} />
        <TextInput label={t('parties.creatorHandle')} {...form.getInputProps('parties.creatorHandle')} />
        <TextInput label={t('parties.creatorEmail')} {...form.getInputProps('parties.creatorEmail')} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <MoneyInput label={t('parties.fee')} description={t('parties.feeDescription')} valueMinor={fee.feeMinor} currency={fee.currency} onChange={(v) => form.setFieldValue('fee.feeMinor', v ?? 0)} error={form.errors['fee.feeMinor']} />
        <TextInput label={t('parties.currency')} {...form.getInputProps('fee.currency')} onChange={(e) => form.setFieldValue('fee.currency', e.currentTarget.value.toUpperCase())} />
        <NumberInput clampBehavior="none" label={t('parties.depositPct')} suffix=" %" min={0} max={100} decimalScale={2} {...form.getInputProps('fee.depositPct')} />
        <NumberInput clampBehavior="none" label={t('parties.depositDueDays')} suffix={` ${t('unit.daysOfSigning')}`} min={0} {...form.getInputProps('fee.depositDueDays')} />
        <NumberInput clampBehavior="none" label={t('parties.balanceDueDays')} suffix={` ${t('unit.daysOfPublishing')}`} min={0} {...form.getInputProps('fee.balanceDueDays')} />
        <TextInput label={t('parties.products')} {...form.getInputProps('fee.products')} />
        <MoneyInput label={t('parties.productValue')} allowEmpty valueMinor={fee.productValueMinor} currency={fee.currency} onChange={(v) => form.setFieldValue('fee.productValueMinor', v)} error={form.errors['fee.productValueMinor']} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('parties.shippingPaidBy')}
          </Text>
          <SegmentedControl data={[{ value: 'brand', label: t('party.brand') }, { value: 'creator', label: t('party.creator') }]} {...form.getInputProps('fee.shippingPaidBy')} />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
