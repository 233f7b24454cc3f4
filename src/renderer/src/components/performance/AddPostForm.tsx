import { Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DeliverableAddInput } from '../../../../shared/metrics/schemas';
import type { Platform } from '../../../../shared/platforms';
import { validateWith } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { FormActions } from '../forms/FormActions';
import { usePlatformOptions } from '../forms/options';
import { fromLocalInput, toLocalInput } from './localTime';
import { appNow } from '../../clock';

interface Values {
  platform: Platform;
  url: string;
  title: string;
  publishedAt: string;
}

const toInput = (collaborationId: number) => (v: Values) => ({
  collaborationId,
  platform: v.platform,
  url: v.url.trim(),
  title: v.title,
  publishedAt: fromLocalInput(v.publishedAt),
});

// An address's shape, the same in every language.
const URL_PLACEHOLDER = 'https://…';

/** A new post: where it is and when it went live; its numbers come after. */
export function AddPostForm({ collaborationId, platform, onDone }: { collaborationId: number; platform: Platform; onDone: () => void }) {
  const { t } = useTranslation('campaigns');
  const platformOptions = usePlatformOptions();
  const add = useApiMutation('deliverables.add');
  const form = useForm<Values>({
    initialValues: { platform, url: '', title: '', publishedAt: '' },
    validate: validateWith(DeliverableAddInput, toInput(collaborationId)),
  });
  const { submit, error } = useFormSubmit(form, (values) => add.mutateAsync(toInput(collaborationId)(values)), onDone);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select label={t('postForm.platform')} data={platformOptions} allowDeselect={false} {...form.getInputProps('platform')} />
        <TextInput label={t('postForm.url')} placeholder={URL_PLACEHOLDER} data-autofocus {...form.getInputProps('url')} />
        <TextInput label={t('postForm.title')} placeholder={t('postForm.titlePlaceholder')} {...form.getInputProps('title')} />
        <TextInput label={t('postForm.published')} description={t('postForm.publishedHint')} type="datetime-local" max={toLocalInput(appNow())} {...form.getInputProps('publishedAt')} />
        <FormActions saving={add.isPending} error={error} onCancel={onDone} label={t('postForm.add')} />
      </Stack>
    </form>
  );
}
