import { Checkbox, NumberInput, SegmentedControl, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { USAGE_CHANNELS } from '../../../../../shared/contract/terms';
import type { TermsForm } from './types';

const DAY_COUNTS = ['working', 'calendar'] as const;

export function ReviewSection({ form }: { form: TermsForm }) {
  const { t } = useTranslation('contract');
  const dayCounts = DAY_COUNTS.map((c) => ({ value: c, label: t(`dayCount.${c}`) }));
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2}>
        <NumberInput clampBehavior="none" label={t('review.brandReviewDays')} min={0} {...form.getInputProps('review.brandReviewDays')} />
        <SegmentedControl mt={24} data={dayCounts} {...form.getInputProps('review.brandReviewDayCount')} />
        <NumberInput clampBehavior="none" label={t('review.revisionDays')} min={0} {...form.getInputProps('review.revisionDays')} />
        <SegmentedControl mt={24} data={dayCounts} {...form.getInputProps('review.revisionDayCount')} />
        <NumberInput clampBehavior="none" label={t('review.includedRounds')} min={0} {...form.getInputProps('review.includedRounds')} />
      </SimpleGrid>
      <Switch label={t('review.silenceMeansApproval')} {...form.getInputProps('review.silenceMeansApproval', { type: 'checkbox' })} />
    </Stack>
  );
}

export function LateDeliverySection({ form }: { form: TermsForm }) {
  const { t } = useTranslation('contract');
  const enabled = form.values.lateDelivery.enabled;
  return (
    <Stack gap="sm">
      <Switch label={t('lateDelivery.enabled')} {...form.getInputProps('lateDelivery.enabled', { type: 'checkbox' })} />
      <SimpleGrid cols={2}>
        <NumberInput clampBehavior="none" label={t('lateDelivery.deductionPctPerDay')} suffix={` ${t('unit.pctOfFee')}`} min={0} max={100} decimalScale={2} disabled={!enabled} {...form.getInputProps('lateDelivery.deductionPctPerDay')} />
        <NumberInput clampBehavior="none" label={t('lateDelivery.capPct')} suffix={` ${t('unit.pctOfFee')}`} min={0} max={100} decimalScale={2} disabled={!enabled} {...form.getInputProps('lateDelivery.capPct')} />
        <NumberInput clampBehavior="none" label={t('lateDelivery.graceDays')} min={0} disabled={!enabled} {...form.getInputProps('lateDelivery.graceDays')} />
        <NumberInput clampBehavior="none" label={t('lateDelivery.terminationDays')} suffix={` ${t('unit.daysLate')}`} min={1} disabled={!enabled} {...form.getInputProps('lateDelivery.terminationDays')} />
      </SimpleGrid>
      <Checkbox label={t('lateDelivery.recoverDeposit')} disabled={!enabled} {...form.getInputProps('lateDelivery.recoverDeposit', { type: 'checkbox' })} />
      <Checkbox label={t('lateDelivery.recoverProduct')} disabled={!enabled} {...form.getInputProps('lateDelivery.recoverProduct', { type: 'checkbox' })} />
    </Stack>
  );
}

export function UsageSection({ form }: { form: TermsForm }) {
  const { t } = useTranslation('contract');
  const usage = form.values.usage;
  return (
    <Stack gap="sm">
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('usage.contentOwner')}
        </Text>
        <SegmentedControl data={[{ value: 'creator', label: t('usage.creatorOwns') }, { value: 'brand', label: t('party.brand') }]} {...form.getInputProps('usage.contentOwner')} />
      </Stack>
      <Checkbox.Group label={t('usage.channels')} {...form.getInputProps('usage.channels')}>
        <Stack gap={6} mt={6}>
          {USAGE_CHANNELS.map((c) => (
            <Checkbox key={c} value={c} label={t(`usage.channel.${c}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <SimpleGrid cols={2}>
        <NumberInput clampBehavior="none"
          label={t('usage.licenceDays')}
          suffix={` ${t('unit.days')}`}
          min={1}
          disabled={usage.perpetual}
          value={usage.licenceDays ?? ''}
          onChange={(v) => form.setFieldValue('usage.licenceDays', v === '' ? null : Number(v))}
          error={form.errors['usage.licenceDays']}
        />
        <TextInput label={t('usage.territory')} {...form.getInputProps('usage.territory')} />
      </SimpleGrid>
      <Switch label={t('usage.perpetual')} {...form.getInputProps('usage.perpetual', { type: 'checkbox' })} />
      <Switch label={t('usage.rawFootage')} {...form.getInputProps('usage.rawFootage', { type: 'checkbox' })} />
    </Stack>
  );
}

export function ProtectionSection({ form }: { form: TermsForm }) {
  const { t } = useTranslation('contract');
  const { killFee, morals } = form.values;
  return (
    <Stack gap="sm">
      <Switch label={t('protection.killFeeEnabled')} {...form.getInputProps('killFee.enabled', { type: 'checkbox' })} />
      <NumberInput clampBehavior="none" label={t('protection.killFeePct')} suffix={` ${t('unit.pctOfFee')}`} min={0} max={100} decimalScale={2} disabled={!killFee.enabled} {...form.getInputProps('killFee.pct')} />
      <Switch label={t('protection.morals')} {...form.getInputProps('morals.enabled', { type: 'checkbox' })} />
      <Textarea label={t('protection.triggers')} autosize minRows={2} disabled={!morals.enabled} {...form.getInputProps('morals.triggers')} />
      <NumberInput clampBehavior="none" label={t('protection.cureDays')} suffix={` ${t('unit.days')}`} min={0} disabled={!morals.enabled} {...form.getInputProps('morals.cureDays')} />
    </Stack>
  );
}

export function LegalSection({ form }: { form: TermsForm }) {
  const { t } = useTranslation('contract');
  return (
    <Stack gap="sm">
      <Textarea label={t('legal.termination')} autosize minRows={2} {...form.getInputProps('legal.termination')} />
      <Textarea label={t('legal.confidentiality')} autosize minRows={2} {...form.getInputProps('legal.confidentiality')} />
      <Textarea label={t('legal.governingLaw')} autosize minRows={1} {...form.getInputProps('legal.governingLaw')} />
    </Stack>
  );
}
