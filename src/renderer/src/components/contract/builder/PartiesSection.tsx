import { NumberInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { MoneyInput } from './MoneyInput';
import type { TermsForm } from './types';

export function PartiesSection({ form }: { form: TermsForm }) {
  const { fee } = form.values;
  return (
    <Stack gap="sm">
      <TextInput label="Title" {...form.getInputProps('title')} />
      <SimpleGrid cols={2}>
        <TextInput label="Brand" {...form.getInputProps('parties.brandName')} />
        <TextInput label="Signing for the brand" {...form.getInputProps('parties.brandRepresentative')} />
        <TextInput label="Creator" {...form.getInputProps('parties.creatorName')} />
        <TextInput label="Creator handle" {...form.getInputProps('parties.creatorHandle')} />
        <TextInput label="Creator email" {...form.getInputProps('parties.creatorEmail')} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <MoneyInput label="Fee" description="0 for product only (gifting)" valueMinor={fee.feeMinor} currency={fee.currency} onChange={(v) => form.setFieldValue('fee.feeMinor', v ?? 0)} error={form.errors['fee.feeMinor']} />
        <TextInput label="Currency" {...form.getInputProps('fee.currency')} onChange={(e) => form.setFieldValue('fee.currency', e.currentTarget.value.toUpperCase())} />
        <NumberInput clampBehavior="none" label="Deposit on signing" suffix=" %" min={0} max={100} decimalScale={2} {...form.getInputProps('fee.depositPct')} />
        <NumberInput clampBehavior="none" label="Deposit paid within" suffix=" days of signing" min={0} {...form.getInputProps('fee.depositDueDays')} />
        <NumberInput clampBehavior="none" label="Balance paid within" suffix=" days of publishing" min={0} {...form.getInputProps('fee.balanceDueDays')} />
        <TextInput label="Products" {...form.getInputProps('fee.products')} />
        <MoneyInput label="Product value" allowEmpty valueMinor={fee.productValueMinor} currency={fee.currency} onChange={(v) => form.setFieldValue('fee.productValueMinor', v)} error={form.errors['fee.productValueMinor']} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Shipping paid by
          </Text>
          <SegmentedControl data={[{ value: 'brand', label: 'Brand' }, { value: 'creator', label: 'Creator' }]} {...form.getInputProps('fee.shippingPaidBy')} />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
