import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MILESTONE_KINDS, type MilestoneKind } from '../../../../shared/contract/terms';
import type { Deadline } from '../../../../shared/contract/schemas';
import { DeadlineAddInput, DeadlineUpdateInput } from '../../../../shared/deadlines/ownSchemas';
import { OWN_PUBLISH_KEY } from '../../../../shared/rules/ownDeadlines';
import { say } from '../../i18n';
import { validateWith } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { FormActions } from '../forms/FormActions';

/** The name a date added without one is given, in the page's language. */
const kindWords = (kind: MilestoneKind) => say(`domain:deadlineName.kind.${kind}`);

interface Values {
  kind: MilestoneKind;
  name: string;
  dueDate: string;
}

interface Props {
  collaborationId: number;
  /** The date to change; a new one is added when left out. */
  deadline?: Deadline;
  /** A post-by date is already set: it is changed, not added twice. */
  hasPostBy: boolean;
  onDone: () => void;
}

/** A date agreed with the creator without a contract: what is due and by when; a set one can be moved, renamed or dropped. */
export function OwnDateForm({ collaborationId, deadline, hasPostBy, onDone }: Props) {
  const { t } = useTranslation('card');
  const add = useApiMutation('deadlines.add');
  const update = useApiMutation('deadlines.update');
  const remove = useApiMutation('deadlines.remove');
  const isPost = deadline?.key === OWN_PUBLISH_KEY;
  const toInput = (v: Values) =>
    deadline
      ? { id: deadline.id, dueDate: v.dueDate, ...(isPost ? {} : { name: v.name }) }
      : { collaborationId, kind: v.kind, dueDate: v.dueDate, ...(v.name ? { name: v.name } : {}) };
  const form = useForm<Values>({
    initialValues: { kind: hasPostBy ? 'draft' : 'publish', name: deadline?.name ?? '', dueDate: deadline?.dueDate ?? '' },
    validate: validateWith(deadline ? DeadlineUpdateInput : DeadlineAddInput, toInput),
  });
  const save = (v: Values) => (deadline ? update.mutateAsync(DeadlineUpdateInput.parse(toInput(v))) : add.mutateAsync(DeadlineAddInput.parse(toInput(v))));
  const { submit, error } = useFormSubmit(form, save, onDone);
  const kinds = MILESTONE_KINDS.filter((k) => k !== 'publish' || !hasPostBy);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {!deadline && (
          <Select label={t('deadlines.whatIsDue')} data={kinds.map((k) => ({ value: k, label: kindWords(k) }))} allowDeselect={false} {...form.getInputProps('kind')} />
        )}
        {!isPost && (deadline || form.values.kind !== 'publish') && (
          <TextInput label={t('deadlines.name')} placeholder={deadline ? undefined : kindWords(form.values.kind)} description={deadline ? undefined : t('deadlines.nameHint')} {...form.getInputProps('name')} />
        )}
        <TextInput type="date" label={t('deadlines.dueBy')} data-autofocus {...form.getInputProps('dueDate')} />
        <FormActions saving={add.isPending || update.isPending} error={error} onCancel={onDone} label={deadline ? t('deadlines.saveDate') : t('deadlines.addDate')} />
        {deadline && (
          <Group justify="flex-start">
            <Button variant="subtle" color="red" size="xs" loading={remove.isPending} onClick={() => remove.mutate({ id: deadline.id, reason: t('deadlines.dropReason') }, { onSuccess: onDone })}>
              {t('deadlines.drop')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
