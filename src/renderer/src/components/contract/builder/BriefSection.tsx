import { MultiSelect, NumberInput, Select, SimpleGrid, Stack, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePlatformOptions } from '../../forms/options';
import type { TermsForm } from './types';

const MARKETS = ['us', 'uk', 'eu', 'cn', 'other'] as const;

export function BriefSection({ form }: { form: TermsForm }) {
  const { t } = useTranslation('contract');
  const platformOptions = usePlatformOptions();
  const markets = MARKETS.map((m) => ({ value: m, label: t(`brief.markets.${m}`) }));
  return (
    <Stack gap="sm">
      <MultiSelect label={t('brief.platforms')} data={platformOptions} searchable {...form.getInputProps('brief.platforms')} />
      <SimpleGrid cols={2}>
        <TextInput label={t('brief.format')} placeholder={t('brief.formatPlaceholder')} {...form.getInputProps('brief.format')} />
        <TextInput label={t('brief.length')} placeholder={t('brief.lengthPlaceholder')} {...form.getInputProps('brief.length')} />
      </SimpleGrid>
      <Textarea label={t('brief.style')} autosize minRows={2} {...form.getInputProps('brief.style')} />
      <TagsInput label={t('brief.sellingPoints')} placeholder={t('brief.sellingPointsPlaceholder')} {...form.getInputProps('brief.sellingPoints')} />
      <Textarea label={t('brief.brandElements')} autosize minRows={1} {...form.getInputProps('brief.brandElements')} />
      <TagsInput label={t('brief.tags')} placeholder={t('brief.tagsPlaceholder')} {...form.getInputProps('brief.tags')} />
      <SimpleGrid cols={2}>
        <TextInput label={t('brief.disclosure')} {...form.getInputProps('brief.disclosure')} />
        <Select label={t('brief.market')} data={markets} allowDeselect={false} {...form.getInputProps('brief.disclosureMarket')} />
        <NumberInput clampBehavior="none" label={t('brief.minimumLiveDays')} suffix={` ${t('unit.days')}`} min={0} {...form.getInputProps('brief.minimumLiveDays')} />
        <NumberInput clampBehavior="none" label={t('brief.replySlaHours')} suffix={` ${t('unit.hours')}`} min={1} {...form.getInputProps('replySlaHours')} />
      </SimpleGrid>
      <Switch label={t('brief.exclusive')} {...form.getInputProps('brief.exclusive', { type: 'checkbox' })} />
    </Stack>
  );
}
