import { Badge, Button, Group, Paper, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconMessage } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RemedialLogInput, type RemedialPlan } from '../../../../shared/metrics/schemas';
import { TemplateKind } from '../../../../shared/outreach/kindSchemas';
import { builtInTemplate } from '../../../../shared/outreach/templates';
import { formatDateTime } from '../../format';
import { validateWith } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';
import { currentLocale } from '../../i18n';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { followUpOn } from '../../route';

type Step = RemedialPlan['steps'][number];

/** The steps in order, gentlest first; each taken one keeps its date and note, the next can be marked done. */
export function RemedialPlanView({ plan, underperforming }: { plan: RemedialPlan; underperforming: boolean }) {
  const { t } = useTranslation('campaigns');
  const titleId = useId();
  const done = plan.steps.filter((s) => s.doneAt !== null).length;
  const nextIndex = plan.steps.findIndex((s) => s.step === plan.next);
  return (
    <Stack gap="xs" component="section" aria-labelledby={titleId}>
      <Group justify="space-between">
        <Title order={5} id={titleId}>
          {t('remedial.title')}
        </Title>
        <Badge variant="light" color={done === plan.steps.length ? 'teal' : 'gray'} tt="none">
          {t('remedial.progress', { done, total: plan.steps.length })}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {underperforming ? t('remedial.underperforming') : t('remedial.recovered')}
      </Text>
      <Timeline active={nextIndex === -1 ? plan.steps.length - 1 : nextIndex} bulletSize={24} lineWidth={2} mt={4}>
        {plan.steps.map((s, i) => (
          <Timeline.Item
            key={s.step}
            bullet={s.doneAt ? <IconCheck size={14} /> : <Text size="xs" fw={700}>{i + 1}</Text>}
            color={s.doneAt ? 'teal' : undefined}
            lineVariant={s.doneAt ? 'solid' : 'dashed'}
            title={
              <Group gap={8}>
                <Text size="sm" fw={600} c={s.doneAt || s.step === plan.next ? undefined : 'dimmed'}>
                  {t(`remedial.step.${s.step}.title`)}
                </Text>
                {s.step === plan.next && (
                  <Badge size="xs" color="indigo">
                    {t('remedial.next')}
                  </Badge>
                )}
              </Group>
            }
            data-testid="remedial-step"
            data-done={s.doneAt ? 'true' : 'false'}
            data-next={s.step === plan.next ? 'true' : 'false'}
          >
            {s.doneAt ? <DoneStep step={s} /> : s.step === plan.next ? <NextStep step={s} collaborationId={plan.collaborationId} /> : <LaterStep step={s} />}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}

function DoneStep({ step }: { step: Step }) {
  const { t } = useTranslation('campaigns');
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {t('remedial.done', { when: formatDateTime(step.doneAt!) })}
      </Text>
      {step.note && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {step.note}
        </Text>
      )}
    </Stack>
  );
}

function LaterStep({ step }: { step: Step }) {
  const { t } = useTranslation('campaigns');
  return (
    <Text size="xs" c="dimmed">
      {t(`remedial.step.${step.step}.advice`)}
    </Text>
  );
}

/** The step to take now: what it means, a note of what was said or agreed, and the message that fits. */
function NextStep({ step, collaborationId }: { step: Step; collaborationId: number }) {
  const { t } = useTranslation('campaigns');
  const title = t(`remedial.step.${step.step}.title`);
  const log = useApiMutation('remedial.log');
  const toInput = (v: { note: string }) => ({ collaborationId, step: step.step, note: v.note });
  const form = useForm({ initialValues: { note: '' }, validate: validateWith(RemedialLogInput, toInput) });
  const { submit, error } = useFormSubmit(
    form,
    (values) => log.mutateAsync(toInput(values)),
    () => {
      form.reset();
      notifications.show({ color: 'teal', message: t('remedial.recorded', { step: title }) });
    },
  );
  const kind = TemplateKind.safeParse(step.templateKind);
  const writeMessage = () => {
    if (!kind.success) return;
    followUpOn(collaborationId, { template: kind.data, milestoneId: null });
  };
  return (
    <Paper component="form" onSubmit={submit} noValidate withBorder p="sm" radius="md" mt={4} bg="var(--mantine-color-indigo-light)">
      <Stack gap="xs">
        <Text size="sm">{t(`remedial.step.${step.step}.advice`)}</Text>
        <Textarea
          label={t('remedial.note')}
          aria-label={t('remedial.noteOn', { step: title })}
          placeholder={t('remedial.notePlaceholder')}
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('note')}
        />
        {error && (
          <Text size="sm" c="red">
            {error}
          </Text>
        )}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={log.isPending} leftSection={<IconCheck size={14} />}>
            {t('remedial.markDone')}
          </Button>
          {kind.success && (
            <Button size="xs" variant="default" leftSection={<IconMessage size={14} />} onClick={writeMessage}>
              {t('remedial.writeMessage')}
            </Button>
          )}
        </Group>
        {kind.success && (
          <Text size="xs" c="dimmed">
            {t('remedial.opensMessages', { template: builtInTemplate(kind.data, currentLocale()).name })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
