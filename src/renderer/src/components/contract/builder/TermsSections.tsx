import { Checkbox, NumberInput, SegmentedControl, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { USAGE_CHANNEL_LABELS, USAGE_CHANNELS } from '../../../../../shared/contract/terms';
import type { TermsForm } from './types';

const dayCounts = [
  { value: 'working', label: 'working days' },
  { value: 'calendar', label: 'calendar days' },
];

export function ReviewSection({ form }: { form: TermsForm }) {
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2}>
        <NumberInput clampBehavior="none" label="You review a draft within" min={0} {...form.getInputProps('review.brandReviewDays')} />
        <SegmentedControl mt={24} data={dayCounts} {...form.getInputProps('review.brandReviewDayCount')} />
        <NumberInput clampBehavior="none" label="Creator revises within" min={0} {...form.getInputProps('review.revisionDays')} />
        <SegmentedControl mt={24} data={dayCounts} {...form.getInputProps('review.revisionDayCount')} />
        <NumberInput clampBehavior="none" label="Revision rounds included" min={0} {...form.getInputProps('review.includedRounds')} />
      </SimpleGrid>
      <Switch label="Silence past the review window counts as approval" {...form.getInputProps('review.silenceMeansApproval', { type: 'checkbox' })} />
    </Stack>
  );
}

export function LateDeliverySection({ form }: { form: TermsForm }) {
  const enabled = form.values.lateDelivery.enabled;
  return (
    <Stack gap="sm">
      <Switch label="Late delivery reduces the fee" {...form.getInputProps('lateDelivery.enabled', { type: 'checkbox' })} />
      <SimpleGrid cols={2}>
        <NumberInput clampBehavior="none" label="Deduction per day late" suffix=" % of the fee" min={0} max={100} decimalScale={2} disabled={!enabled} {...form.getInputProps('lateDelivery.deductionPctPerDay')} />
        <NumberInput clampBehavior="none" label="Capped at" suffix=" % of the fee" min={0} max={100} decimalScale={2} disabled={!enabled} {...form.getInputProps('lateDelivery.capPct')} />
        <NumberInput clampBehavior="none" label="Grace days" min={0} disabled={!enabled} {...form.getInputProps('lateDelivery.graceDays')} />
        <NumberInput clampBehavior="none" label="You may end it from" suffix=" days late" min={1} disabled={!enabled} {...form.getInputProps('lateDelivery.terminationDays')} />
      </SimpleGrid>
      <Checkbox label="On termination, claim back the deposit" disabled={!enabled} {...form.getInputProps('lateDelivery.recoverDeposit', { type: 'checkbox' })} />
      <Checkbox label="On termination, claim back the product (or its value)" disabled={!enabled} {...form.getInputProps('lateDelivery.recoverProduct', { type: 'checkbox' })} />
    </Stack>
  );
}

export function UsageSection({ form }: { form: TermsForm }) {
  const usage = form.values.usage;
  return (
    <Stack gap="sm">
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          Content owned by
        </Text>
        <SegmentedControl data={[{ value: 'creator', label: 'Creator (brand licensed)' }, { value: 'brand', label: 'Brand' }]} {...form.getInputProps('usage.contentOwner')} />
      </Stack>
      <Checkbox.Group label="The brand may use the content on" {...form.getInputProps('usage.channels')}>
        <Stack gap={6} mt={6}>
          {USAGE_CHANNELS.map((c) => (
            <Checkbox key={c} value={c} label={USAGE_CHANNEL_LABELS[c]} />
          ))}
        </Stack>
      </Checkbox.Group>
      <SimpleGrid cols={2}>
        <NumberInput clampBehavior="none"
          label="Licence length"
          suffix=" days"
          min={1}
          disabled={usage.perpetual}
          value={usage.licenceDays ?? ''}
          onChange={(v) => form.setFieldValue('usage.licenceDays', v === '' ? null : Number(v))}
          error={form.errors['usage.licenceDays']}
        />
        <TextInput label="Territory" {...form.getInputProps('usage.territory')} />
      </SimpleGrid>
      <Switch label="Perpetual licence" {...form.getInputProps('usage.perpetual', { type: 'checkbox' })} />
      <Switch label="Creator delivers the raw footage" {...form.getInputProps('usage.rawFootage', { type: 'checkbox' })} />
    </Stack>
  );
}

export function ProtectionSection({ form }: { form: TermsForm }) {
  const { killFee, morals } = form.values;
  return (
    <Stack gap="sm">
      <Switch label="Kill fee if you cancel after work has started" {...form.getInputProps('killFee.enabled', { type: 'checkbox' })} />
      <NumberInput clampBehavior="none" label="Kill fee" suffix=" % of the fee" min={0} max={100} decimalScale={2} disabled={!killFee.enabled} {...form.getInputProps('killFee.pct')} />
      <Switch label="Morals clause" {...form.getInputProps('morals.enabled', { type: 'checkbox' })} />
      <Textarea label="Triggers" autosize minRows={2} disabled={!morals.enabled} {...form.getInputProps('morals.triggers')} />
      <NumberInput clampBehavior="none" label="Time to put it right" suffix=" days" min={0} disabled={!morals.enabled} {...form.getInputProps('morals.cureDays')} />
    </Stack>
  );
}

export function LegalSection({ form }: { form: TermsForm }) {
  return (
    <Stack gap="sm">
      <Textarea label="Termination" autosize minRows={2} {...form.getInputProps('legal.termination')} />
      <Textarea label="Confidentiality" autosize minRows={2} {...form.getInputProps('legal.confidentiality')} />
      <Textarea label="Governing law" autosize minRows={1} {...form.getInputProps('legal.governingLaw')} />
    </Stack>
  );
}
