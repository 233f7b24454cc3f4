import { Stack, Switch, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { type Rating, RatingAddInput } from '../../../../shared/accountability/schemas';
import { validateWith } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { i18n } from '../../i18n';
import { FormActions } from '../forms/FormActions';
import { ScoreField } from './ScoreField';

interface Values {
  /** 0 until a star is chosen. */
  communication: number;
  timeliness: number;
  quality: number;
  wouldWorkAgain: boolean;
  note: string;
}

const SCORES = ['communication', 'timeliness', 'quality'] as const;

const toInput = (collaborationId: number) => (v: Values) => ({ collaborationId, ...v });

// "Scores go from 1 to 5" reads oddly next to stars nobody has clicked yet.
const validate = (collaborationId: number) => (values: Values) => {
  const errors = validateWith(RatingAddInput, toInput(collaborationId))(values);
  for (const key of SCORES) if (values[key] === 0) errors[key] = i18n.t('accountability:rating.chooseStars');
  return errors;
};

interface Props {
  collaborationId: number;
  current: Rating | null;
  onDone: () => void;
}

export function RatingForm({ collaborationId, current, onDone }: Props) {
  const { t } = useTranslation('accountability');
  const save = useApiMutation('ratings.add');
  const form = useForm<Values>({
    initialValues: {
      communication: current?.communication ?? 0,
      timeliness: current?.timeliness ?? 0,
      quality: current?.quality ?? 0,
      wouldWorkAgain: current?.wouldWorkAgain ?? false,
      note: current?.note ?? '',
    },
    validate: validate(collaborationId),
  });
  const { submit, error } = useFormSubmit(
    form,
    (values) => save.mutateAsync(toInput(collaborationId)(values)),
    () => {
      notifications.show({ color: 'teal', message: t('rating.saved') });
      onDone();
    },
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t('rating.formLabel')}>
      <Stack gap="xs">
        {SCORES.map((key) => (
          <ScoreField key={key} label={t(`rating.${key}`)} value={form.getValues()[key]} onChange={(n) => form.setFieldValue(key, n)} error={form.errors[key]} />
        ))}
        <Switch label={t('rating.wouldWorkAgain')} mt={4} {...form.getInputProps('wouldWorkAgain', { type: 'checkbox' })} />
        <Textarea label={t('note')} placeholder={t('rating.notePlaceholder')} autosize minRows={2} maxRows={6} {...form.getInputProps('note')} />
        <FormActions saving={save.isPending} error={error} onCancel={() => {
            form.reset();
            onDone();
          }}
          label={t('rating.save')} />
      </Stack>
    </form>
  );
}
