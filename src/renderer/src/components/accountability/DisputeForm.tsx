import { Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { type Dispute, DisputeOpenInput } from '../../../../shared/accountability/schemas';
import { validateWith } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { FormActions } from '../forms/FormActions';
import { EventPicker } from './EventPicker';
import type { EventOption } from './useEventLabels';

interface Values {
  issue: string;
  ourPosition: string;
  creatorPosition: string;
  outcome: string;
  eventIds: string[];
}

const fieldsOf = (v: Values) => ({
  issue: v.issue,
  ourPosition: v.ourPosition,
  creatorPosition: v.creatorPosition,
  eventIds: v.eventIds.map(Number),
});

const toInput = (collaborationId: number) => (v: Values) => ({ collaborationId, ...fieldsOf(v) });

interface Props {
  collaborationId: number;
  /** Given: edit it; else open a new one. */
  dispute?: Dispute;
  events: EventOption[];
  onDone: () => void;
}

/** Opens a dispute, or changes its issue, positions, evidence and outcome. */
export function DisputeForm({ collaborationId, dispute, events, onDone }: Props) {
  const { t } = useTranslation('accountability');
  const open = useApiMutation('disputes.open');
  const update = useApiMutation('disputes.update');
  const form = useForm<Values>({
    initialValues: {
      issue: dispute?.issue ?? '',
      ourPosition: dispute?.ourPosition ?? '',
      creatorPosition: dispute?.creatorPosition ?? '',
      outcome: dispute?.outcome ?? '',
      eventIds: (dispute?.eventIds ?? []).map(String),
    },
    validate: validateWith(DisputeOpenInput, toInput(collaborationId)),
  });
  const { submit, error } = useFormSubmit(
    form,
    (values) =>
      dispute ? update.mutateAsync({ id: dispute.id, ...fieldsOf(values), outcome: values.outcome }) : open.mutateAsync(toInput(collaborationId)(values)),
    () => {
      notifications.show({ color: 'teal', message: dispute ? t('dispute.updated') : t('dispute.opened') });
      onDone();
    },
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea label={t('dispute.issue')} placeholder={t('dispute.issuePlaceholder')} withAsterisk autosize minRows={2} maxRows={6} data-autofocus {...form.getInputProps('issue')} />
        <Textarea label={t('dispute.ourPosition')} autosize minRows={2} maxRows={8} {...form.getInputProps('ourPosition')} />
        <Textarea label={t('dispute.creatorPosition')} autosize minRows={2} maxRows={8} {...form.getInputProps('creatorPosition')} />
        <EventPicker options={events} description={t('dispute.evidenceHint')} {...form.getInputProps('eventIds')} />
        {dispute && <Textarea label={t('dispute.outcome')} autosize minRows={2} maxRows={6} {...form.getInputProps('outcome')} />}
        <FormActions saving={open.isPending || update.isPending} error={error} onCancel={onDone} label={dispute ? t('dispute.saveChanges') : t('dispute.openSubmit')} />
      </Stack>
    </form>
  );
}
