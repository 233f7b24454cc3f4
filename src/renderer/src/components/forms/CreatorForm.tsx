import { ActionIcon, Button, Group, NumberInput, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { Platform, Region } from '../../../../shared/platforms';
import { type Creator, CreatorCreateInput } from '../../../../shared/schemas';
import { validateWith } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { UnsavedGuard } from '../UnsavedGuard';
import { FormActions } from './FormActions';
import { numberOrNull, orNull, platformOptions, regionOptions, timeZoneOptions } from './options';

interface Values {
  name: string;
  handles: { platform: Platform; handle: string }[];
  followers: number | string;
  region: Region | null;
  timeZone: string | null;
  language: string;
  email: string;
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
  shippingAddress: v.shippingAddress,
  notes: v.notes,
  active: v.active,
});

export function CreatorForm({ creator, onDone }: { creator?: Creator; onDone: (saved?: Creator) => void }) {
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
        <TextInput label="Name" placeholder="Mia Janssen" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            Handles
          </Text>
          {form.values.handles.map((_, index) => (
            <Group key={form.key(`handles.${index}`)} gap="xs" align="flex-start" wrap="nowrap">
              <Select
                aria-label="Platform"
                data={platformOptions}
                w={150}
                allowDeselect={false}
                {...form.getInputProps(`handles.${index}.platform`)}
              />
              <TextInput aria-label="Handle" placeholder="@handle" style={{ flex: 1 }} {...form.getInputProps(`handles.${index}.handle`)} />
              <ActionIcon variant="subtle" color="gray" mt={6} aria-label="Remove handle" onClick={() => form.removeListItem('handles', index)}>
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
            Add a handle
          </Button>
        </Stack>
        <SimpleGrid cols={2}>
          <NumberInput clampBehavior="none" label="Followers" min={0} thousandSeparator="," {...form.getInputProps('followers')} />
          <TextInput label="Email" placeholder="name@example.com" {...form.getInputProps('email')} />
          <Select label="Region" data={regionOptions} clearable placeholder="Not set" {...form.getInputProps('region')} onChange={(v) => form.setFieldValue('region', v as Region | null)} />
          <Select label="Time zone" data={timeZoneOptions} searchable clearable placeholder="Not set" {...form.getInputProps('timeZone')} />
          <TextInput label="Language" placeholder="en, zh, nl…" {...form.getInputProps('language')} />
        </SimpleGrid>
        <Textarea label="Shipping address" description="Where products are sent, as the carrier’s label needs it" placeholder={'Street and number\nPostcode and city\nCountry'} autosize minRows={3} maxRows={6} {...form.getInputProps('shippingAddress')} />
        <Textarea label="Notes" autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
        <Switch
          label="Active"
          description="Inactive creators cannot be added to new collaborations."
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <FormActions saving={create.isPending || update.isPending} error={error} onCancel={() => onDone()} label={creator ? 'Save changes' : 'Add creator'} />
      </Stack>
    </form>
  );
}
