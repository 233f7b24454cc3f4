import { ActionIcon, Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconCalendarShare, IconPencil } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { Trans, useTranslation } from 'react-i18next';
import type { Deadline } from '../../../../shared/contract/schemas';
import { basisWords } from '../../../../shared/deadlines/basis';
import { deadlineName } from '../../../../shared/deadlines/names';
import { say } from '../../i18n';
import { formatDate } from '../../format';
import { useApiMutation } from '../../hooks/queries';
import { dutyName, isReminder, STATUS_COLORS, statusLabel } from '../deadlineStatus';
import { errorText } from '../../formErrors';

/** A creator's milestone under the contract, still open and dated: what a new date can be agreed for. */
const movable = (d: Deadline) => d.party === 'creator' && d.contractVersion > 0 && d.deliveredAt === null && d.dueDate !== null;

/** Every dated obligation of one collaboration, with a one-click "delivered" for each open one, and a new date by agreement. */
export function DeadlineTable({ deadlines, onMove, onEdit }: { deadlines: Deadline[]; onMove?: (deadline: Deadline) => void; onEdit?: (deadline: Deadline) => void }) {
  const { t } = useTranslation('contract');
  const deliver = useApiMutation('deadlines.deliver');
  const reopen = useApiMutation('deadlines.reopen');
  const fail = (title: string) => (e: Error) => notifications.show({ color: 'red', title, message: errorText(e) });
  return (
    <Table verticalSpacing={6} fz="sm" aria-label={t('deadlines.label')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('deadlines.what')}</Table.Th>
          <Table.Th>{t('deadlines.due')}</Table.Th>
          <Table.Th>{t('deadlines.status')}</Table.Th>
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
                {basisWords(d.basis, say, formatDate)}
              </Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {d.dueDate ? formatDate(d.dueDate) : '—'}
              {d.originalDueDate && (
                <Text size="xs" c="dimmed" data-testid="original-date">
                  <Trans t={t} i18nKey="deadlines.contractDate" values={{ date: formatDate(d.originalDueDate) }} components={{ s: <s /> }} />
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
                  <Button size="compact-xs" variant="light" loading={deliver.isPending && deliver.variables?.id === d.id} onClick={() => deliver.mutate({ id: d.id }, { onError: fail(t('deadlines.notMarked')) })}>
                    {d.party === 'brand' ? t('deadlines.markDone') : t('deadlines.markDelivered')}
                  </Button>
                )}
                {onMove && movable(d) && (
                  <Tooltip label={t('deadlines.moveTooltip')}>
                    <ActionIcon size="sm" variant="subtle" aria-label={t('deadlines.moveLabel')} onClick={() => onMove(d)}>
                      <IconCalendarShare size={16} />
                    </ActionIcon>
                  </Tooltip>
                )}
                {onEdit && d.contractVersion === 0 && d.deliveredAt === null && (
                  <Tooltip label={t('deadlines.editTooltip')}>
                    <ActionIcon size="sm" variant="subtle" aria-label={t('deadlines.editLabel', { name: deadlineName(d, say) })} onClick={() => onEdit(d)}>
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                )}
                {d.deliveredOn !== null && (
                  <Tooltip label={t('deadlines.undoTooltip', { date: formatDate(d.deliveredOn) })}>
                    <Button size="compact-xs" variant="subtle" color="gray" onClick={() => reopen.mutate({ id: d.id, reason: t('deadlines.undoReason') }, { onError: fail(t('deadlines.notReopened')) })}>
                      {t('deadlines.undo')}
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
