import { ActionIcon, Button, Checkbox, Group, NumberInput, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { MILESTONE_KINDS, type MilestoneTerm } from '../../../../../shared/contract/terms';
import type { TermsForm } from './types';

const KIND_LABELS: Record<MilestoneTerm['kind'], string> = {
  feedback: 'Feedback',
  script: 'Script',
  draft: 'Draft (starts your review)',
  publish: 'Publish',
  other: 'Other',
};
const kindOptions = MILESTONE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }));
const countOptions = [
  { value: 'calendar', label: 'calendar days' },
  { value: 'working', label: 'working days' },
];
const anchorOptions = [
  { value: 'product_received', label: 'after product received' },
  { value: 'signed', label: 'after signing' },
  { value: 'fixed', label: 'on a fixed date' },
];

function freshKey(existing: MilestoneTerm[]): string {
  let n = existing.length + 1;
  while (existing.some((m) => m.key === `milestone_${n}`)) n += 1;
  return `milestone_${n}`;
}

export function MilestonesSection({ form }: { form: TermsForm }) {
  const list = form.values.milestones;
  const add = () =>
    form.insertListItem('milestones', {
      key: freshKey(list),
      name: '',
      kind: 'other',
      offsetDays: 7,
      dayCount: 'calendar',
      anchor: 'product_received',
      deductible: true,
    } satisfies MilestoneTerm);
  return (
    <Stack gap="xs">
      {list.map((m, i) => (
        <Paper key={m.key} withBorder p="xs" radius="sm" data-testid="milestone">
          <Stack gap={6}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <TextInput size="xs" aria-label="Milestone name" placeholder="What is delivered" style={{ flex: 1 }} {...form.getInputProps(`milestones.${i}.name`)} />
              <Select size="xs" aria-label="Kind" data={kindOptions} allowDeselect={false} w={230} {...form.getInputProps(`milestones.${i}.kind`)} />
              <ActionIcon variant="subtle" color="gray" aria-label={`Remove ${m.name || 'milestone'}`} onClick={() => form.removeListItem('milestones', i)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
            {/* Wraps rather than cutting "calendar days" or "after product received" short. */}
            <Group gap="xs" wrap="wrap" align="center">
              <Text size="xs" c="dimmed">
                Due
              </Text>
              {m.anchor === 'fixed' ? (
                <TextInput size="xs" type="date" aria-label={`Date for ${m.name || 'this milestone'}`} w={160} {...form.getInputProps(`milestones.${i}.onDate`)} onChange={(e) => form.setFieldValue(`milestones.${i}.onDate`, e.currentTarget.value || undefined)} value={m.onDate ?? ''} />
              ) : (
                <>
                  <NumberInput clampBehavior="none" size="xs" aria-label={`Days for ${m.name || 'this milestone'}`} min={0} w={72} {...form.getInputProps(`milestones.${i}.offsetDays`)} />
                  <Select size="xs" aria-label="Counted as" data={countOptions} allowDeselect={false} w={150} {...form.getInputProps(`milestones.${i}.dayCount`)} />
                </>
              )}
              <Select size="xs" aria-label="Counted from" data={anchorOptions} allowDeselect={false} w={200} {...form.getInputProps(`milestones.${i}.anchor`)} />
              <Checkbox size="xs" ml="auto" label="Deduct if late" styles={{ label: { whiteSpace: "nowrap" } }} {...form.getInputProps(`milestones.${i}.deductible`, { type: 'checkbox' })} />
            </Group>
          </Stack>
        </Paper>
      ))}
      {typeof form.errors.milestones === 'string' && <div style={{ color: 'var(--mantine-color-error)', fontSize: 12 }}>{form.errors.milestones}</div>}
      <Group>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={add}>
          Add a milestone
        </Button>
      </Group>
    </Stack>
  );
}
