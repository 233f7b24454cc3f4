import { Badge, Button, Group, Stack, Text, Textarea, Timeline } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconCircleDashed, IconMessage } from '@tabler/icons-react';
import { useState } from 'react';
import type { RemedialPlan } from '../../../../shared/metrics/schemas';
import { formatDateTime } from '../../format';
import { useApiMutation } from '../../hooks/queries';
import { navigate } from '../../route';

/** The steps in order, gentlest first; the next one can be marked done with a note. */
export function RemedialPlanView({ plan, collaborationId }: { plan: RemedialPlan; collaborationId: number }) {
  const log = useApiMutation('remedial.log');
  const [note, setNote] = useState('');
  const done = plan.steps.filter((s) => s.doneAt !== null).length;
  const markDone = (step: RemedialPlan['steps'][number]) =>
    log.mutate(
      { collaborationId, step: step.step, note },
      {
        onSuccess: () => {
          setNote('');
          notifications.show({ color: 'teal', message: `“${step.title}” recorded.` });
        },
        onError: (e) => notifications.show({ color: 'red', title: 'Not recorded', message: e.message }),
      },
    );
  return (
    <Stack gap="xs" component="section" aria-label="Remedial plan">
      <Group justify="space-between">
        <Text fw={600}>Remedial plan</Text>
        <Badge variant="light" tt="none">
          {done} of {plan.steps.length} steps taken
        </Badge>
      </Group>
      <Timeline active={done - 1} bulletSize={22} lineWidth={2}>
        {plan.steps.map((s) => {
          const isNext = s.step === plan.next;
          return (
            <Timeline.Item
              key={s.step}
              title={s.title}
              bullet={s.doneAt ? <IconCircleCheck size={14} /> : <IconCircleDashed size={14} />}
              data-testid="remedial-step"
              data-done={s.doneAt ? 'true' : 'false'}
            >
              {s.doneAt ? (
                <Text size="xs" c="dimmed">
                  Done {formatDateTime(s.doneAt)}
                  {s.note ? ` — ${s.note}` : ''}
                </Text>
              ) : (
                <Text size="xs" c={isNext ? undefined : 'dimmed'}>
                  {s.advice}
                </Text>
              )}
              {isNext && (
                <Stack gap={6} mt={6}>
                  <Textarea aria-label={`Note on “${s.title}”`} placeholder="What was said or agreed" value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} />
                  <Group gap="xs">
                    <Button size="xs" onClick={() => markDone(s)} loading={log.isPending}>
                      Mark as done
                    </Button>
                    {s.templateKind && (
                      <Button size="xs" variant="light" leftSection={<IconMessage size={14} />} onClick={() => navigate('board', collaborationId, 'messages')} title="Pick this step's template in the composer">
                        Write the message
                      </Button>
                    )}
                  </Group>
                </Stack>
              )}
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Stack>
  );
}
