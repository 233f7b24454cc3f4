import { Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type FocusEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_KINDS, TEMPLATE_LANGUAGES, type TemplateKind, type TemplateLanguage, type TemplateVariable } from '../../../../../shared/outreach/kinds';
import { type Template, TemplateSaveInput } from '../../../../../shared/outreach/schemas';
import { validateWith } from '../../../formErrors';
import { useApiMutation } from '../../../hooks/queries';
import { useFormSubmit } from '../../../hooks/useFormSubmit';
import { FormActions } from '../../forms/FormActions';
import { insertAt } from './insertAt';
import { VariableButtons } from './VariableButtons';
import { UnsavedGuard } from '../../UnsavedGuard';

export interface TemplateDraft {
  /** The user's template being changed; absent for a new one or a duplicate. */
  id?: number;
  kind: TemplateKind;
  language: TemplateLanguage;
  name: string;
  subject: string;
  body: string;
}

type TextField = 'subject' | 'body';

/** Writes one of the user's own templates; the app refuses placeholders that are not variables and says so at the field. */
export function TemplateEditor({ draft, onDone }: { draft: TemplateDraft; onDone: () => void }) {
  const { t } = useTranslation('templates');
  const save = useApiMutation('outreach.saveTemplate');
  const form = useForm<TemplateDraft>({ initialValues: draft, validate: validateWith(TemplateSaveInput, (v: TemplateDraft) => v) });
  const { submit, error } = useFormSubmit(
    form,
    (values) => save.mutateAsync(values),
    (saved: Template) => {
      notifications.show({ color: 'teal', message: t('editor.saved', { name: saved.name }) });
      onDone();
    },
  );
  const fields = { subject: useRef<HTMLInputElement>(null), body: useRef<HTMLTextAreaElement>(null) };
  const [target, setTarget] = useState<TextField>('body');

  const insert = (variable: TemplateVariable) => {
    const el = fields[target].current;
    const value = form.getValues()[target];
    const { value: next, cursor } = insertAt(value, el?.selectionStart ?? value.length, el?.selectionEnd ?? value.length, `{${variable}}`);
    form.setFieldValue(target, next);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(cursor, cursor);
    });
  };
  const textProps = (field: TextField) => {
    const props = form.getInputProps(field);
    return {
      ...props,
      onFocus: (e: FocusEvent) => {
        setTarget(field);
        props.onFocus?.(e);
      },
    };
  };

  const kindOptions = TEMPLATE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }));
  const subjectProps = textProps('subject');
  const bodyProps = textProps('body');
  const languageSelect = TEMPLATE_LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }));

  return (
    <form onSubmit={submit} noValidate>
      <UnsavedGuard dirty={form.isDirty()} />
      <Stack gap="sm">
        <TextInput label={t('editor.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Group grow>
          <Select label={t('editor.kind')} data={kindOptions} allowDeselect={false} {...form.getInputProps('kind')} />
          <Select label={t('editor.language')} data={languageSelect} allowDeselect={false} {...form.getInputProps('language')} />
        </Group>
        <TextInput label={t('editor.subject')} ref={fields.subject} {...subjectProps} />
        <Textarea label={t('editor.message')} withAsterisk autosize minRows={8} maxRows={18} ref={fields.body} {...bodyProps} />
        <VariableButtons onInsert={insert} />
        <FormActions saving={save.isPending} error={error} onCancel={onDone} label={draft.id ? t('editor.saveChanges') : t('editor.saveAsMine')} />
      </Stack>
    </form>
  );
}
