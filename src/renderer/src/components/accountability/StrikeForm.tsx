import { Radio, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { STRIKE_LIMIT, STRIKE_REASONS, StrikeAddInput, type StrikeReason, type StrikeResult } from '../../../../shared/accountability/schemas';
import { validateWith } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { i18n } from '../../i18n';
import { FormActions } from '../forms/FormActions';
import { EventPicker } from './EventPicker';
import type { EventOption } from './useEventLabels';

interface Values {
  reason: StrikeReason | '';
  note: string;
  eventIds: string[];
}

const toInput = (collaborationId: number) => (v: Values) => ({
  collaborationId,
  reason: v.reason || undefined,
  note: v.note,
  eventIds: v.eventIds.map(Number),
});

// The schema's own message lists the API's codes; the form shows the choices instead.
const validate = (collaborationId: number) => (values: Values) => {
  const errors = validateWith(StrikeAddInput, toInput(collaborationId))(values);
  if (values.reason === '') errors.reason = i18n.t('accountability:strikeForm.chooseReason');
  return errors;
};

/** Tells the brand what the strike did: the count, or that the creator is now out of new work. */
function announceStrike(result: StrikeResult, creatorName: string): void {
  if (!result.creatorActive) {
    notifications.show({
      color: 'red',
      title: i18n.t('accountability:strikeForm.inactiveTitle', { name: creatorName }),
      message: i18n.t('accountability:strikeForm.inactiveMessage', { count: result.activeStrikes }),
    });
  } else {
    notifications.show({
      color: 'orange',
      title: i18n.t('accountability:strikeForm.recordedTitle'),
      message: i18n.t('accountability:strikeForm.recordedMessage', { name: creatorName, count: result.activeStrikes, limit: STRIKE_LIMIT }),
    });
  }
}

interface Props {
  collaborationId: number;
  creatorName: string;
  events: EventOption[];
  onDone: () => void;
}

export function StrikeForm({ collaborationId, creatorName, events, onDone }: Props) {
  const { t } = useTranslation('accountability');
  const add = useApiMutation('strikes.add');
  const form = useForm<Values>({
    initialValues: { reason: '', note: '', eventIds: [] },
    validate: validate(collaborationId),
  });
  const { submit, error } = useFormSubmit(
    form,
    (values) => add.mutateAsync(StrikeAddInput.parse(toInput(collaborationId)(values))),
    (result) => {
      announceStrike(result, creatorName);
      onDone();
    },
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Radio.Group label={t('strikeForm.reason')} withAsterisk {...form.getInputProps('reason')}>
          <Stack gap={8} mt={6}>
            {STRIKE_REASONS.map((r) => (
              <Radio key={r} value={r} label={t(`strikeReason.${r}`)} description={t(`strikeReasonHint.${r}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea label={t('note')} placeholder={t('strikeForm.notePlaceholder')} autosize minRows={2} maxRows={6} {...form.getInputProps('note')} />
        <EventPicker options={events} {...form.getInputProps('eventIds')} />
        <FormActions saving={add.isPending} error={error} onCancel={onDone} label={t('strikeForm.submit')} />
      </Stack>
    </form>
  );
}
