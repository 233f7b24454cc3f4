import { Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Share } from '../../../../shared/metrics/schemas';
import { currencyDigits, toMajor, toMinor } from '../../../../shared/money';
import { CollaborationUpdateInput, type CollaborationTargets } from '../../../../shared/schemas';
import { errorText, validateWith } from '../../formErrors';
import { numberSeparators } from '../../format';
import { currentIntlTag } from '../../i18n';
import { useApiMutation } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { FormActions } from '../forms/FormActions';
import { numberOrNull } from '../forms/options';

const COUNTS = ['posts', 'views', 'clicks', 'conversions', 'engagementRatePct'] as const;
/** Cost ceilings are typed in the currency's major unit and stored in minor units, as on the campaign. */
const COSTS = { cpmMax: 'cpmMaxMinor', cpeMax: 'cpeMaxMinor', costPerConversionMax: 'costPerConversionMaxMinor' } as const;
type CostField = keyof typeof COSTS;
const COST_FIELDS = Object.keys(COSTS) as CostField[];
type Values = Record<(typeof COUNTS)[number] | CostField, number | string>;

const LABELS = {
  views: 'forms:campaign.views',
  clicks: 'forms:campaign.clicks',
  conversions: 'forms:campaign.conversions',
  engagementRatePct: 'forms:campaign.engagementRate',
  cpmMax: 'forms:campaign.cpm',
  cpeMax: 'forms:campaign.cpe',
  costPerConversionMax: 'forms:campaign.costPerConversion',
} as const;

/**
 * A collaboration's own targets, each in place of its part of the campaign's; a field left empty
 * keeps the part, which shows as the field's placeholder.
 */
export function OwnTargetsForm({ collaborationId, own, share, currency, onDone }: { collaborationId: number; own: CollaborationTargets | null; share: Share; currency: string; onDone: () => void }) {
  const { t } = useTranslation(['campaigns', 'forms']);
  const update = useApiMutation('collaborations.update');
  const toInput = (v: Values) => {
    const targets = Object.fromEntries([
      ...COUNTS.flatMap((k) => (numberOrNull(v[k]) === null ? [] : [[k, Number(v[k])]])),
      ...COST_FIELDS.flatMap((k) => (numberOrNull(v[k]) === null ? [] : [[COSTS[k], toMinor(Number(v[k]), currency)]])),
    ]) as CollaborationTargets;
    return { id: collaborationId, targets: Object.keys(targets).length === 0 ? null : targets };
  };
  const majorOf = (minor: number | undefined) => (minor === undefined ? '' : toMajor(minor, currency));
  const form = useForm<Values>({
    initialValues: {
      ...(Object.fromEntries(COUNTS.map((k) => [k, own?.[k] ?? ''])) as Record<(typeof COUNTS)[number], number | string>),
      cpmMax: majorOf(own?.cpmMaxMinor),
      cpeMax: majorOf(own?.cpeMaxMinor),
      costPerConversionMax: majorOf(own?.costPerConversionMaxMinor),
    },
    validate: validateWith(CollaborationUpdateInput, toInput),
  });
  const saved = () => {
    notifications.show({ color: 'teal', message: t('ownTargets.saved') });
    onDone();
  };
  const { submit, error } = useFormSubmit(form, (values) => update.mutateAsync(toInput(values)), saved);
  const [clearFailed, setClearFailed] = useState<string | null>(null);
  const clear = () => update.mutateAsync({ id: collaborationId, targets: null }).then(saved, (e: unknown) => setClearFailed(errorText(e)));

  // The API names a refused target by its place in the input.
  const errorOf = (field: string, target: keyof CollaborationTargets) => form.errors[field] ?? form.errors[`targets.${target}`];

  // The part it carries now, where it has no target of its own, written as the field would take it.
  const placeholder = (key: keyof CollaborationTargets, digits: number, scale: (n: number) => number = (n) => n) => {
    const part = key === 'posts' ? share.posts : share.targets[key];
    return own?.[key] !== undefined || part === undefined ? undefined : new Intl.NumberFormat(currentIntlTag(), { maximumFractionDigits: digits }).format(scale(part));
  };
  const count = (key: (typeof COUNTS)[number], i: number) => (
    <NumberInput
      clampBehavior="none"
      key={key}
      label={key === 'posts' ? t('ownTargets.posts') : t(LABELS[key])}
      min={0}
      max={key === 'engagementRatePct' ? 100 : undefined}
      decimalScale={key === 'engagementRatePct' ? 2 : 0}
      placeholder={placeholder(key, key === 'engagementRatePct' ? 2 : 0)}
      data-autofocus={i === 0 || undefined}
      {...numberSeparators()}
      {...form.getInputProps(key)}
      error={errorOf(key, key)}
    />
  );
  const cost = (field: CostField) => (
    <NumberInput
      clampBehavior="none"
      key={field}
      label={t(LABELS[field])}
      min={0}
      decimalScale={currencyDigits(currency)}
      placeholder={placeholder(COSTS[field], currencyDigits(currency), (n) => toMajor(n, currency))}
      {...numberSeparators()}
      {...form.getInputProps(field)}
      error={errorOf(field, COSTS[field])}
    />
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('ownTargets.hint')}
        </Text>
        <SimpleGrid cols={3} spacing="sm" verticalSpacing="xs">
          {COUNTS.map(count)}
        </SimpleGrid>
        <Text size="sm" fw={500}>
          {t('forms:campaign.costTargets', { currency })}
        </Text>
        <SimpleGrid cols={3} spacing="sm" verticalSpacing="xs" style={{ alignItems: 'end' }}>
          {COST_FIELDS.map(cost)}
        </SimpleGrid>
        {own !== null && (
          <Group>
            <Button variant="subtle" size="compact-sm" onClick={clear} loading={update.isPending}>
              {t('ownTargets.clear')}
            </Button>
          </Group>
        )}
        <FormActions saving={update.isPending} error={error ?? clearFailed} onCancel={onDone} label={t('ownTargets.save')} />
      </Stack>
    </form>
  );
}
