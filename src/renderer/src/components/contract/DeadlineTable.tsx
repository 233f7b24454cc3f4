import { ActionIcon, Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconCalendarShare, IconPencil } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import type { Deadline } from '../../../../shared/contract/schemas';
import { formatDate } from '../../format';
import { useApiMutation } from '../../hooks/queries';
import { dutyName, isReminder, STATUS_COLORS, statusLabel } from '../deadlineStatus';

/** A creator's milestone under the contract, still open and dated: what a new date can be agreed for. */
const movable = (d: Deadline) => d.party === 'creator' && d.contractVersion > 0 && d.deliveredAt === null && d.dueDate !== null;

/** Every dated obligation of one collaboration, with a one-click "delivered" for each open one, and a new date by agreement. */
export function DeadlineTable({ deadlines, onMove, onEdit }: { deadlines: Deadline[]; onMove?: (deadline: Deadline) => void; onEdit?: (deadline: Deadline) => void }) {
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
                {dutyName(d)}
              </Text>
              <Text size="xs" c="dimmed">
                {d.basis}
              </Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {d.dueDate ? formatDate(d.dueDate) : '—'}
              {d.originalDueDate && (
                <Text size="xs" c="dimmed" data-testid="original-date">
                  contract: <s>{formatDate(d.originalDueDate)}</s>
                </Text>
              )}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Badge variant="light" color={STATUS_COLORS[d.status]} tt="none" radius="sm" style={{ overflow: 'visible' }} styles={{ label: { overflow: 'visible' } }}>
                {statusLabel(d)}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Group justify="flex-end" wrap="nowrap">
                {!isReminder(d) && d.deliveredAt === null && d.status !== 'waiting' && (
                  <Button size="compact-xs" variant="light" loading={deliver.isPending && deliver.variables?.id === d.id} onClick={() => deliver.mutate({ id: d.id }, { onError: fail('Not marked') })}>
                    {d.party === 'brand' ? 'Mark done' : 'Mark delivered'}
                  </Button>
                )}
                {onMove && movable(d) && (
                  <Tooltip label="Move the date by agreement">
                    <ActionIcon size="sm" variant="subtle" aria-label="Move date" onClick={() => onMove(d)}>
                      <IconCalendarShare size={16} />
                    </ActionIcon>
                  </Tooltip>
                )}
                {onEdit && d.contractVersion === 0 && d.deliveredAt === null && (
                  <Tooltip label="Move, rename or drop this date">
                    <ActionIcon size="sm" variant="subtle" aria-label={`Change ${d.name}`} onClick={() => onEdit(d)}>
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
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
