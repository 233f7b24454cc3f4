import { NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { currencyDigits, toMajor, toMinor } from '../../../../shared/money';
import { type Campaign, CampaignCreateInput } from '../../../../shared/schemas';
import { validateWith } from '../../formErrors';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { FormActions } from './FormActions';
import { COMMON_CURRENCIES, numberOrNull } from './options';
import { UnsavedGuard } from '../UnsavedGuard';
import { numberSeparators } from '../../format';

interface Values {
  name: string;
  product: string;
  goals: string;
  budget: number | string;
  currency: string;
  startDate: string;
  endDate: string;
  posts: number | string;
  views: number | string;
  engagementRatePct: number | string;
  clicks: number | string;
  conversions: number | string;
  marginPct: number | string;
  cpmMax: number | string;
  cpeMax: number | string;
  costPerConversionMax: number | string;
}

const TARGETS = ['posts', 'views', 'engagementRatePct', 'clicks', 'conversions', 'marginPct'] as const;

/** Cost ceilings are typed in the currency's major unit and stored in minor units. */
const COST_TARGETS = { cpmMax: 'cpmMaxMinor', cpeMax: 'cpeMaxMinor', costPerConversionMax: 'costPerConversionMaxMinor' } as const;
type CostField = keyof typeof COST_TARGETS;
const COST_FIELDS = Object.keys(COST_TARGETS) as CostField[];
const COST_LABELS = { cpmMax: 'campaign.cpm', cpeMax: 'campaign.cpe', costPerConversionMax: 'campaign.costPerConversion' } as const;

const toInput = (v: Values) => {
  const budget = numberOrNull(v.budget);
  const targets = Object.fromEntries([
    ...TARGETS.flatMap((k) => (numberOrNull(v[k]) === null ? [] : [[k, Number(v[k])]])),
    ...COST_FIELDS.flatMap((k) => (numberOrNull(v[k]) === null ? [] : [[COST_TARGETS[k], toMinor(Number(v[k]), v.currency)]])),
  ]);
  return {
    name: v.name,
    product: v.product,
    goals: v.goals,
    targets,
    budgetMinor: budget === null ? null : toMinor(budget, v.currency),
    currency: v.currency,
    startDate: v.startDate || null,
    endDate: v.endDate || null,
  };
};

export function CampaignForm({ campaign, onDone }: { campaign?: Campaign; onDone: (saved?: Campaign) => void }) {
  const { t } = useTranslation('forms');
  const settings = useApiQuery('settings.get', {});
  const create = useApiMutation('campaigns.create');
  const update = useApiMutation('campaigns.update');
  const currency = campaign?.currency ?? settings.data?.currency ?? 'EUR';
  const majorOf = (minor: number | undefined) => (minor === undefined ? '' : toMajor(minor, currency));
  const form = useForm<Values>({
    initialValues: {
      name: campaign?.name ?? '',
      product: campaign?.product ?? '',
      goals: campaign?.goals ?? '',
      budget: campaign?.budgetMinor == null ? '' : toMajor(campaign.budgetMinor, currency),
      currency,
      startDate: campaign?.startDate ?? '',
      endDate: campaign?.endDate ?? '',
      posts: campaign?.targets.posts ?? '',
      views: campaign?.targets.views ?? '',
      engagementRatePct: campaign?.targets.engagementRatePct ?? '',
      clicks: campaign?.targets.clicks ?? '',
      conversions: campaign?.targets.conversions ?? '',
      marginPct: campaign?.targets.marginPct ?? '',
      cpmMax: majorOf(campaign?.targets.cpmMaxMinor),
      cpeMax: majorOf(campaign?.targets.cpeMaxMinor),
      costPerConversionMax: majorOf(campaign?.targets.costPerConversionMaxMinor),
    },
    validate: validateWith(CampaignCreateInput, toInput),
  });

  const { submit, error } = useFormSubmit(
    form,
    (values) => (campaign ? update.mutateAsync({ id: campaign.id, ...toInput(values) }) : create.mutateAsync(toInput(values))),
    onDone,
    renameBudget,
  );

  const money = (field: CostField) => {
    const targetPath = `targets.${COST_TARGETS[field]}`;
    return (
      <NumberInput clampBehavior="none"
        key={field}
        label={t(COST_LABELS[field])}
        min={0}
        decimalScale={currencyDigits(form.values.currency)}
        {...numberSeparators()}
        {...form.getInputProps(field)}
        error={form.errors[field] ?? form.errors[targetPath]}
      />
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <UnsavedGuard dirty={form.isDirty()} />
      <Stack gap="sm">
        <TextInput label={t('campaign.name')} placeholder={t('campaign.namePlaceholder')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <TextInput label={t('campaign.product')} placeholder={t('campaign.productPlaceholder')} {...form.getInputProps('product')} />
        <Textarea label={t('campaign.goals')} autosize minRows={2} maxRows={6} {...form.getInputProps('goals')} />
        <SimpleGrid cols={2}>
          <TextInput type="date" label={t('campaign.startsOn')} {...form.getInputProps('startDate')} />
          <TextInput type="date" label={t('campaign.endsOn')} {...form.getInputProps('endDate')} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <NumberInput clampBehavior="none" label={t('campaign.budget')} min={0} decimalScale={2} {...numberSeparators()} {...form.getInputProps('budget')} error={form.errors.budget ?? form.errors.budgetMinor} />
          <Select label={t('campaign.currency')} data={COMMON_CURRENCIES} searchable allowDeselect={false} {...form.getInputProps('currency')} />
        </SimpleGrid>
        <Text size="sm" fw={500}>
          {t('campaign.targets')}
        </Text>
        <SimpleGrid cols={3}>
          <NumberInput clampBehavior="none" label={t('campaign.posts')} min={0} {...form.getInputProps('posts')} error={form.errors['targets.posts']} />
          <NumberInput clampBehavior="none" label={t('campaign.views')} min={0} {...numberSeparators()} {...form.getInputProps('views')} error={form.errors['targets.views']} />
          <NumberInput clampBehavior="none" label={t('campaign.engagementRate')} min={0} max={100} decimalScale={2} {...form.getInputProps('engagementRatePct')} error={form.errors['targets.engagementRatePct']} />
          <NumberInput clampBehavior="none" label={t('campaign.clicks')} min={0} {...numberSeparators()} {...form.getInputProps('clicks')} error={form.errors['targets.clicks']} />
          <NumberInput clampBehavior="none" label={t('campaign.conversions')} min={0} {...form.getInputProps('conversions')} error={form.errors['targets.conversions']} />
        </SimpleGrid>
        <Text size="sm" fw={500}>
          {t('campaign.costTargets', { currency: form.values.currency })}
        </Text>
        {/* Long labels wrap; the inputs stay on one line. */}
        <SimpleGrid cols={3} style={{ alignItems: 'end' }}>
          {COST_FIELDS.map(money)}
        </SimpleGrid>
        <NumberInput clampBehavior="none"
          label={t('campaign.margin')}
          description={t('campaign.marginHint')}
          placeholder="20"
          min={0}
          max={100}
          decimalScale={1}
          maw={400}
          {...form.getInputProps('marginPct')}
          error={form.errors['targets.marginPct']}
        />
        <FormActions saving={create.isPending || update.isPending} error={error} onCancel={() => onDone()} label={campaign ? t('actions.saveChanges') : t('campaign.add')} />
      </Stack>
    </form>
  );
}

function renameBudget(errors: Record<string, string>) {
  const { budgetMinor, ...rest } = errors;
  return budgetMinor ? { ...rest, budget: budgetMinor } : rest;
}
