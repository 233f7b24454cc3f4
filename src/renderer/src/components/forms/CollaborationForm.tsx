import { Anchor, Checkbox, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toMajor, toMinor } from '../../../../shared/money';
import { dealLockedNote, withoutDealFields } from '../../../../shared/rules/deal';
import { type Collaboration, CollaborationCreateInput } from '../../../../shared/schemas';
import { STAGES, type Stage } from '../../../../shared/stages';
import { validateWith } from '../../formErrors';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { CreatorPicker } from '../creators/CreatorPicker';
import { TrackRecordPanel } from '../creators/TrackRecordPanel';
import { CreatorForm } from './CreatorForm';
import { FormActions } from './FormActions';
import { COMMON_CURRENCIES, numberOrNull, orNull } from './options';
import { UnsavedGuard } from '../UnsavedGuard';
import { FormModal } from '../FormModal';
import { numberSeparators } from '../../format';

interface Values {
  creatorId: string | null;
  campaignId: string | null;
  stage: Stage;
  fee: number | string;
  currency: string;
  product: string;
  productValue: number | string;
  startDate: string;
  publishBy: string;
  signedOn: string;
  productReceivedOn: string;
  expectsPost: boolean;
  notes: string;
}

const money = (value: number | string, currency: string) => {
  const n = numberOrNull(value);
  return n === null ? null : toMinor(n, currency);
};

const toInput = (v: Values) => ({
  creatorId: v.creatorId === null ? undefined : Number(v.creatorId),
  campaignId: v.campaignId === null ? null : Number(v.campaignId),
  stage: v.stage,
  // An empty fee is not a gift: the field asks for 0 to say so.
  feeMinor: money(v.fee, v.currency) ?? undefined,
  currency: v.currency,
  product: v.product,
  productValueMinor: money(v.productValue, v.currency),
  startDate: orNull(v.startDate),
  publishBy: orNull(v.publishBy),
  signedOn: orNull(v.signedOn),
  productReceivedOn: orNull(v.productReceivedOn),
  expectsPost: v.expectsPost,
  notes: v.notes,
});

// The API names amounts in cents; the form shows them in whole currency.
const FIELD_FOR_API: Record<string, string> = { feeMinor: 'fee', productValueMinor: 'productValue' };
const toFormErrors = (errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [FIELD_FOR_API[k] ?? k, v]));

interface Props {
  collaboration?: Collaboration;
  /** Prefills the creator when starting from a creator's row. */
  creatorId?: number;
  onDone: (saved?: Collaboration) => void;
}

export function CollaborationForm({ collaboration, creatorId, onDone }: Props) {
  const { t } = useTranslation(['forms', 'domain']);
  const campaigns = useApiQuery('campaigns.list', {});
  const settings = useApiQuery('settings.get', {});
  const create = useApiMutation('collaborations.create');
  const update = useApiMutation('collaborations.update');
  const [addingCreator, setAddingCreator] = useState(false);
  // With a contract in force its terms are the deal; the card's fee waits for a new version.
  const contract = useApiQuery('contracts.get', { collaborationId: collaboration?.id ?? 0 }, collaboration !== undefined);
  const lockedBy = contract.data?.inForceVersion ?? null;
  const lock = lockedBy === null ? {} : { disabled: true, description: dealLockedNote(lockedBy) };
  const currency = collaboration?.currency ?? settings.data?.currency ?? 'EUR';

  const form = useForm<Values>({
    initialValues: {
      creatorId: String(collaboration?.creatorId ?? creatorId ?? '') || null,
      campaignId: collaboration?.campaignId ? String(collaboration.campaignId) : null,
      stage: collaboration?.stage ?? 'prospect',
      fee: collaboration ? toMajor(collaboration.feeMinor, currency) : 0,
      currency,
      product: collaboration?.product ?? '',
      productValue: collaboration?.productValueMinor == null ? '' : toMajor(collaboration.productValueMinor, currency),
      startDate: collaboration?.startDate ?? '',
      publishBy: collaboration?.publishBy ?? '',
      signedOn: collaboration?.signedOn ?? '',
      productReceivedOn: collaboration?.productReceivedOn ?? '',
      expectsPost: collaboration?.expectsPost ?? true,
      notes: collaboration?.notes ?? '',
    },
    validate: (values) => {
      const errors = toFormErrors(validateWith(CollaborationCreateInput, toInput)(values));
      if (values.creatorId === null) errors.creatorId = t('collaboration.chooseCreator');
      if (numberOrNull(values.fee) === null) errors.fee = t('collaboration.enterFee');
      return errors;
    },
  });

  const campaignOptions = (campaigns.data ?? []).map((c) => ({ value: String(c.id), label: c.name }));
  const stageOptions = STAGES.map((s) => ({ value: s, label: t(`domain:stage.${s}`) }));

  const onCampaign = (value: string | null) => {
    form.setFieldValue('campaignId', value);
    const campaign = campaigns.data?.find((c) => String(c.id) === value);
    if (campaign && !form.values.product) form.setFieldValue('product', campaign.product);
  };

  const { submit, error } = useFormSubmit(
    form,
    (values) => {
      const { stage, creatorId: chosen, ...rest } = toInput(values);
      const edits = lockedBy === null ? rest : withoutDealFields(rest);
      return collaboration
        ? update.mutateAsync({ id: collaboration.id, creatorId: chosen, ...edits })
        : create.mutateAsync({ creatorId: chosen!, stage, ...rest });
    },
    onDone,
    toFormErrors,
  );

  return (
    <form onSubmit={submit} noValidate>
      <UnsavedGuard dirty={form.isDirty()} />
      <Stack gap="sm">
        <CreatorPicker
          inputProps={form.getInputProps('creatorId')}
          currentCreatorId={collaboration?.creatorId}
          description={
            <Anchor component="button" type="button" size="xs" onClick={() => setAddingCreator(true)}>
              {t('collaboration.newCreator')}
            </Anchor>
          }
        />
        {!collaboration && form.values.creatorId !== null && <TrackRecordPanel creatorId={Number(form.values.creatorId)} />}
        <FormModal opened={addingCreator} onClose={() => setAddingCreator(false)} title={t('collaboration.newCreatorTitle')} size="lg">
          <CreatorForm
            onDone={(saved) => {
              setAddingCreator(false);
              if (saved) form.setFieldValue('creatorId', String(saved.id));
            }}
          />
        </FormModal>
        <SimpleGrid cols={collaboration ? 1 : 2}>
          <Select label={t('collaboration.campaign')} placeholder={t('collaboration.noCampaign')} data={campaignOptions} clearable searchable {...form.getInputProps('campaignId')} onChange={onCampaign} />
          {!collaboration && <Select label={t('collaboration.stage')} data={stageOptions} allowDeselect={false} {...form.getInputProps('stage')} />}
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <NumberInput clampBehavior="none" label={t('collaboration.fee')} description={t('collaboration.feeHint')} min={0} decimalScale={2} {...numberSeparators()} {...form.getInputProps('fee')} {...lock} />
          <Select label={t('collaboration.currency')} data={COMMON_CURRENCIES} searchable allowDeselect={false} mt={22} {...form.getInputProps('currency')} {...lock} />
          <TextInput label={t('collaboration.product')} placeholder={t('collaboration.productPlaceholder')} {...form.getInputProps('product')} />
          <NumberInput clampBehavior="none" label={t('collaboration.productValue')} min={0} decimalScale={2} {...numberSeparators()} {...form.getInputProps('productValue')} {...lock} />
          <TextInput type="date" label={t('collaboration.startDate')} description={t('collaboration.startHint')} {...form.getInputProps('startDate')} />
          <TextInput type="date" label={t('collaboration.publishBy')} description={t('collaboration.publishByHint')} {...form.getInputProps('publishBy')} />
          <TextInput type="date" label={t('collaboration.signedOn')} {...form.getInputProps('signedOn')} />
          <TextInput type="date" label={t('collaboration.receivedOn')} {...form.getInputProps('productReceivedOn')} />
        </SimpleGrid>
        {numberOrNull(form.values.fee) === 0 && (
          <Checkbox
            label={t('collaboration.expectsPost')}
            description={t('collaboration.expectsPostHint')}
            {...form.getInputProps('expectsPost', { type: 'checkbox' })}
          />
        )}
        <Textarea label={t('collaboration.notes')} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
        <FormActions
          saving={create.isPending || update.isPending}
          error={error}
          onCancel={() => onDone()}
          label={collaboration ? t('actions.saveChanges') : t('collaboration.add')}
        />
      </Stack>
    </form>
  );
}
