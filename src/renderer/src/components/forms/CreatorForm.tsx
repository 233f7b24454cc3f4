import { ActionIcon, Button, Group, NumberInput, Select, SimpleGrid, Stack, Switch, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Platform, Region } from '../../../../shared/platforms';
import { type Creator, CreatorCreateInput } from '../../../../shared/schemas';
import { validateWith } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { UnsavedGuard } from '../UnsavedGuard';
import { FormActions } from './FormActions';
import { languageOptions, numberOrNull, orNull, timeZoneOptions, usePlatformOptions, useRegionOptions } from './options';
import { numberSeparators } from '../../format';

interface Values {
  name: string;
  handles: { platform: Platform; handle: string }[];
  followers: number | string;
  region: Region | null;
  timeZone: string | null;
  language: string;
  email: string;
  otherEmails: string[];
  shippingAddress: string;
  notes: string;
  active: boolean;
}

const toInput = (v: Values) => ({
  name: v.name,
  handles: v.handles,
  followers: numberOrNull(v.followers),
  region: v.region,
  timeZone: v.timeZone,
  language: orNull(v.language),
  email: orNull(v.email),
  otherEmails: v.otherEmails,
  shippingAddress: v.shippingAddress,
  notes: v.notes,
  active: v.active,
});

export function CreatorForm({ creator, onDone }: { creator?: Creator; onDone: (saved?: Creator) => void }) {
  const { t } = useTranslation(['forms', 'mail']);
  const platformOptions = usePlatformOptions();
  const regionOptions = useRegionOptions();
  const create = useApiMutation('influencers.create');
  const update = useApiMutation('influencers.update');
  const form = useForm<Values>({
    initialValues: {
      name: creator?.name ?? '',
      handles: creator?.handles ?? [{ platform: 'instagram', handle: '' }],
      followers: creator?.followers ?? '',
      region: creator?.region ?? null,
      timeZone: creator?.timeZone ?? null,
      language: creator?.language ?? '',
      email: creator?.email ?? '',
      otherEmails: creator?.otherEmails ?? [],
      shippingAddress: creator?.shippingAddress ?? '',
      notes: creator?.notes ?? '',
      active: creator?.active ?? true,
    },
    validate: validateWith(CreatorCreateInput, toInput),
  });

  const { submit, error } = useFormSubmit(
    form,
    (values) => (creator ? update.mutateAsync({ id: creator.id, ...toInput(values) }) : create.mutateAsync(toInput(values))),
    onDone,
  );

  return (
    <form onSubmit={submit} noValidate>
      <UnsavedGuard dirty={form.isDirty()} />
      <Stack gap="sm">
        <TextInput label={t('creator.name')} placeholder={t('creator.namePlaceholder')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('creator.handles')}
          </Text>
          {form.values.handles.map((_, index) => (
            <Group key={form.key(`handles.${index}`)} gap="xs" align="flex-start" wrap="nowrap">
              <Select
                aria-label={t('creator.platform')}
                data={platformOptions}
                w={150}
                allowDeselect={false}
                {...form.getInputProps(`handles.${index}.platform`)}
              />
              <TextInput aria-label={t('creator.handle')} placeholder={t('creator.handlePlaceholder')} style={{ flex: 1 }} {...form.getInputProps(`handles.${index}.handle`)} />
              <ActionIcon variant="subtle" color="gray" mt={6} aria-label={t('creator.removeHandle')} onClick={() => form.removeListItem('handles', index)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            style={{ alignSelf: 'flex-start' }}
            onClick={() => form.insertListItem('handles', { platform: 'instagram', handle: '' })}
          >
            {t('creator.addHandle')}
          </Button>
        </Stack>
        <SimpleGrid cols={2}>
          <NumberInput clampBehavior="none" label={t('creator.followers')} min={0} {...numberSeparators()} {...form.getInputProps('followers')} />
          <TextInput label={t('creator.email')} placeholder={t('creator.emailPlaceholder')} {...form.getInputProps('email')} />
          <Select label={t('creator.region')} data={regionOptions} clearable placeholder={t('creator.notSet')} {...form.getInputProps('region')} onChange={(v) => form.setFieldValue('region', v as Region | null)} />
          <Select label={t('creator.timeZone')} data={timeZoneOptions} searchable clearable placeholder={t('creator.notSet')} {...form.getInputProps('timeZone')} />
          <Select
            label={t('creator.language')}
            description={t('creator.languageHint')}
            data={languageOptions(form.values.language)}
            searchable
            clearable
            placeholder={t('creator.notSet')}
            {...form.getInputProps('language')}
            onChange={(v) => form.setFieldValue('language', v ?? '')}
          />
        </SimpleGrid>
        <TagsInput
          label={t('mail:creator.otherEmails')}
          description={t('mail:creator.otherEmailsHint')}
          placeholder={t('mail:creator.otherEmailsPlaceholder')}
          splitChars={[',', ' ', ';']}
          clearable
          {...form.getInputProps('otherEmails')}
          // A refusal names the address by its place in the list (otherEmails.1); the field shows the first.
          error={form.errors.otherEmails ?? Object.entries(form.errors).find(([key]) => key.startsWith('otherEmails.'))?.[1]}
        />
        <Textarea label={t('creator.shippingAddress')} description={t('creator.shippingHint')} placeholder={t('creator.shippingPlaceholder')} autosize minRows={3} maxRows={6} {...form.getInputProps('shippingAddress')} />
        <Textarea label={t('creator.notes')} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
        <Switch
          label={t('creator.active')}
          description={t('creator.activeHint')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <FormActions saving={create.isPending || update.isPending} error={error} onCancel={() => onDone()} label={creator ? t('actions.saveChanges') : t('creator.add')} />
      </Stack>
    </form>
  );
}
