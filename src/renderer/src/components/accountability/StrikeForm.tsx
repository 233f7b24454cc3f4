import { Radio, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { STRIKE_LIMIT, STRIKE_REASON_LABELS, STRIKE_REASONS, StrikeAddInput, type StrikeReason, type StrikeResult } from '../../../../shared/accountability/schemas';
import { validateWith } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { FormActions } from '../forms/FormActions';
import { EventPicker } from './EventPicker';
import type { EventOption } from './useEventLabels';

interface Values {
  reason: StrikeReason | '';
  note: string;
  eventIds: string[];
}

const REASON_HINTS: Record<StrikeReason, string> = {
  brief_not_followed: 'The content ignores what the brief or contract asked for',
  poor_communication: 'Messages go unanswered, promises are not kept',
  late_without_reason: 'Content came late and no valid reason was given',
};

const toInput = (collaborationId: number) => (v: Values) => ({
  collaborationId,
  reason: v.reason || undefined,
  note: v.note,
  eventIds: v.eventIds.map(Number),
});

// The schema's own message lists the API's codes; the form shows the choices instead.
const validate = (collaborationId: number) => (values: Values) => {
  const errors = validateWith(StrikeAddInput, toInput(collaborationId))(values);
  if (values.reason === '') errors.reason = 'Choose a reason';
  return errors;
};

/** Tells the brand what the strike did: the count, or that the creator is now out of new work. */
function announceStrike(result: StrikeResult, creatorName: string): void {
  if (!result.creatorActive) {
    notifications.show({
      color: 'red',
      title: `${creatorName} is now inactive`,
      message: `${result.activeStrikes} active strikes: they cannot join new collaborations until their open obligations are completed.`,
    });
  } else {
    notifications.show({ color: 'orange', title: 'Strike recorded', message: `${creatorName} has ${result.activeStrikes} of ${STRIKE_LIMIT} strikes.` });
  }
}

interface Props {
  collaborationId: number;
  creatorName: string;
  events: EventOption[];
  onDone: () => void;
}

export function StrikeForm({ collaborationId, creatorName, events, onDone }: Props) {
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
        <Radio.Group label="Reason" withAsterisk {...form.getInputProps('reason')}>
          <Stack gap={8} mt={6}>
            {STRIKE_REASONS.map((r) => (
              <Radio key={r} value={r} label={STRIKE_REASON_LABELS[r]} description={REASON_HINTS[r]} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea label="Note" placeholder="What happened, in a sentence or two" autosize minRows={2} maxRows={6} {...form.getInputProps('note')} />
        <EventPicker options={events} {...form.getInputProps('eventIds')} />
        <FormActions saving={add.isPending} error={error} onCancel={onDone} label="Give the strike" />
      </Stack>
    </form>
  );
}
