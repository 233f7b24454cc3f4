import { Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Deadline, DeadlineStatus } from '../../../../shared/contract/schemas';
import { formatDate } from '../../format';
import { useApiMutation } from '../../hooks/queries';

const doneWord = (d: Deadline) => (d.party === 'brand' ? 'Done' : 'Delivered');

const STATUS: Record<DeadlineStatus, { label: (d: Deadline) => string; color: string }> = {
  waiting: { label: () => 'Waiting', color: 'gray' },
  upcoming: { label: () => 'Upcoming', color: 'blue' },
  due_soon: { label: () => 'Due soon', color: 'orange' },
  overdue: { label: (d) => `Late by ${d.daysLate} day${d.daysLate === 1 ? '' : 's'}`, color: 'red' },
  done_on_time: { label: (d) => `${doneWord(d)} on time`, color: 'teal' },
  done_late: { label: (d) => `${doneWord(d)} ${d.daysLate} day${d.daysLate === 1 ? '' : 's'} late`, color: 'yellow' },
  passed: { label: () => 'Passed', color: 'gray' },
};

const isReminder = (d: Deadline) => d.kind === 'licence_expiry' || d.kind === 'min_live_end';

/** Every dated obligation of one collaboration, with a one-click "delivered" for each open one. */
export function DeadlineTable({ deadlines }: { deadlines: Deadline[] }) {
  const deliver = useApiMutation('deadlines.deliver');
  const reopen = useApiMutation('deadlines.reopen');
  const fail = (title: string) => (e: Error) => notifications.show({ color: 'red', title, message: e.message });
  return (
    <Table verticalSpacing={6} fz="sm" aria-label="Deadlines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>What</Table.Th>
          <Table.Th>Due</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {deadlines.map((d) => (
          <Table.Tr key={d.id} data-key={d.key}>
            <Table.Td>
              <Text size="sm" fw={500}>
                {d.party === 'brand' && !isReminder(d) ? `You: ${d.name}` : d.name}
              </Text>
              <Text size="xs" c="dimmed">
                {d.basis}
              </Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.dueDate ? formatDate(d.dueDate) : '—'}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Badge variant="light" color={STATUS[d.status].color} tt="none" radius="sm" style={{ overflow: 'visible' }}>
                {STATUS[d.status].label(d)}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Group justify="flex-end" wrap="nowrap">
                {!isReminder(d) && d.deliveredAt === null && d.status !== 'waiting' && (
                  <Button size="compact-xs" variant="light" loading={deliver.isPending && deliver.variables?.id === d.id} onClick={() => deliver.mutate({ id: d.id }, { onError: fail('Not marked') })}>
                    {d.party === 'brand' ? 'Mark done' : 'Mark delivered'}
                  </Button>
                )}
                {d.deliveredOn !== null && (
                  <Tooltip label={`Marked on ${formatDate(d.deliveredOn)}; undo if that was a mistake`}>
                    <Button size="compact-xs" variant="subtle" color="gray" onClick={() => reopen.mutate({ id: d.id, reason: 'Marked by mistake' }, { onError: fail('Not reopened') })}>
                      Undo
                    </Button>
                  </Tooltip>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
