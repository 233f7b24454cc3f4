import { Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type FocusEvent, useRef, useState } from 'react';
import type { TemplateKind, TemplateLanguage, TemplateVariable } from '../../../../../shared/outreach/kinds';
import { type Template, TemplateSaveInput } from '../../../../../shared/outreach/schemas';
import { validateWith } from '../../../formErrors';
import { useApiMutation } from '../../../hooks/queries';
import { useFormSubmit } from '../../../hooks/useFormSubmit';
import { FormActions } from '../../forms/FormActions';
import { kindOptions, LANGUAGE_NAMES } from '../labels';
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

const languageSelect = (Object.keys(LANGUAGE_NAMES) as TemplateLanguage[]).map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }));

type TextField = 'subject' | 'body';

/** Writes one of the user's own templates; the app refuses placeholders that are not variables and says so at the field. */
export function TemplateEditor({ draft, onDone }: { draft: TemplateDraft; onDone: () => void }) {
  const save = useApiMutation('outreach.saveTemplate');
  const form = useForm<TemplateDraft>({ initialValues: draft, validate: validateWith(TemplateSaveInput, (v: TemplateDraft) => v) });
  const { submit, error } = useFormSubmit(
    form,
    (values) => save.mutateAsync(values),
    (saved: Template) => {
      notifications.show({ color: 'teal', message: `“${saved.name}” saved to your templates.` });
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

  return (
    <form onSubmit={submit} noValidate>
      <UnsavedGuard dirty={form.isDirty()} />
      <Stack gap="sm">
        <TextInput label="Name" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Group grow>
          <Select label="Kind" data={kindOptions} allowDeselect={false} {...form.getInputProps('kind')} />
          <Select label="Language" data={languageSelect} allowDeselect={false} {...form.getInputProps('language')} />
        </Group>
        <TextInput label="Subject" ref={fields.subject} {...textProps('subject')} />
        <Textarea label="Message" withAsterisk autosize minRows={8} maxRows={18} ref={fields.body} {...textProps('body')} />
        <VariableButtons onInsert={insert} />
        <FormActions saving={save.isPending} error={error} onCancel={onDone} label={draft.id ? 'Save changes' : 'Save as my template'} />
      </Stack>
    </form>
  );
}
