import { ActionIcon, Button, Checkbox, Group, NumberInput, Select, Stack, Table, TextInput } from '@mantine/core';
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
      <Table verticalSpacing={4} horizontalSpacing={4} aria-label="Milestones">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Milestone</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th w={70}>Days</Table.Th>
            <Table.Th>Counted as</Table.Th>
            <Table.Th>From</Table.Th>
            <Table.Th title="Late delivery counts towards the deduction">Deduct</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((m, i) => (
            <Table.Tr key={m.key}>
              <Table.Td>
                <TextInput size="xs" aria-label="Milestone name" {...form.getInputProps(`milestones.${i}.name`)} />
              </Table.Td>
              <Table.Td>
                <Select size="xs" aria-label="Kind" data={kindOptions} allowDeselect={false} {...form.getInputProps(`milestones.${i}.kind`)} />
              </Table.Td>
              <Table.Td>
                <NumberInput size="xs" aria-label={`Days for ${m.name || 'this milestone'}`} min={0} {...form.getInputProps(`milestones.${i}.offsetDays`)} />
              </Table.Td>
              <Table.Td>
                <Select size="xs" aria-label="Counted as" data={countOptions} allowDeselect={false} {...form.getInputProps(`milestones.${i}.dayCount`)} />
              </Table.Td>
              <Table.Td>
                <Select size="xs" aria-label="Counted from" data={anchorOptions} allowDeselect={false} {...form.getInputProps(`milestones.${i}.anchor`)} />
              </Table.Td>
              <Table.Td>
                <Checkbox aria-label="Counts towards the deduction" {...form.getInputProps(`milestones.${i}.deductible`, { type: 'checkbox' })} />
              </Table.Td>
              <Table.Td>
                <ActionIcon variant="subtle" color="gray" aria-label={`Remove ${m.name || 'milestone'}`} onClick={() => form.removeListItem('milestones', i)}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {typeof form.errors.milestones === 'string' && <div style={{ color: 'var(--mantine-color-error)', fontSize: 12 }}>{form.errors.milestones}</div>}
      <Group>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={add}>
          Add a milestone
        </Button>
      </Group>
    </Stack>
  );
}
