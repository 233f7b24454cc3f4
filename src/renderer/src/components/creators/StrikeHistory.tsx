import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { type Strike, STRIKE_REASON_LABELS, type StrikeStatus } from '../../../../shared/accountability/schemas';
import { formatDateTime } from '../../format';
import { hrefOf } from '../../route';

const STATUS: Record<StrikeStatus, { label: string; color: string; hint: string }> = {
  active: { label: 'Active', color: 'red', hint: 'Counts towards the limit of 3' },
  served: { label: 'Served', color: 'gray', hint: 'Counted once; they were made active again since' },
  withdrawn: { label: 'Withdrawn', color: 'gray', hint: 'Taken back; it does not count' },
};

/** Every strike, newest first; withdrawn ones stay listed with why, as the record must not shrink. */
export function StrikeHistory({ strikes }: { strikes: Strike[] }) {
  if (strikes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No strikes.
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {strikes.map((s) => (
        <li key={s.id} data-testid="strike" data-status={s.status}>
          <Group gap="xs" wrap="nowrap" align="baseline">
            <Badge size="sm" variant={s.status === 'active' ? 'light' : 'default'} color={STATUS[s.status].color} title={STATUS[s.status].hint} w={96} style={{ flexShrink: 0 }}>
              {STATUS[s.status].label}
            </Badge>
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} td={s.status === 'withdrawn' ? 'line-through' : undefined}>
                {STRIKE_REASON_LABELS[s.reason]}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(s.at)} ·{' '}
                <Anchor size="xs" href={hrefOf('board', s.collaborationId, 'accountability')}>
                  the collaboration
                </Anchor>
                {s.eventIds.length > 0 && ` · ${s.eventIds.length} linked event${s.eventIds.length === 1 ? '' : 's'} as evidence`}
              </Text>
              {s.note && <Text size="sm">{s.note}</Text>}
              {s.status === 'withdrawn' && (
                <Text size="sm" c="dimmed">
                  Withdrawn{s.withdrawnAt ? ` on ${formatDateTime(s.withdrawnAt)}` : ''}: {s.withdrawnReason}
                </Text>
              )}
            </Stack>
          </Group>
        </li>
      ))}
    </Stack>
  );
}
