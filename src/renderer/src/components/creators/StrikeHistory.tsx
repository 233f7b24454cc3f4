import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Strike, STRIKE_LIMIT, type StrikeStatus } from '../../../../shared/accountability/schemas';
import { formatDateTime } from '../../format';
import { hrefOf } from '../../route';

const COLOR: Record<StrikeStatus, string> = { active: 'red', served: 'gray', withdrawn: 'gray' };

/** Every strike, newest first; withdrawn ones stay listed with why, as the record must not shrink. */
export function StrikeHistory({ strikes }: { strikes: Strike[] }) {
  const { t } = useTranslation(['creators', 'accountability']);
  if (strikes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('strikes.none')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {strikes.map((s) => (
        <li key={s.id} data-testid="strike" data-status={s.status}>
          <Group gap="xs" wrap="nowrap" align="baseline">
            <Badge size="sm" variant={s.status === 'active' ? 'light' : 'default'} color={COLOR[s.status]} title={t(`strikes.hint.${s.status}`, { limit: STRIKE_LIMIT })} w={96} style={{ flexShrink: 0 }}>
              {t(`strikes.status.${s.status}`)}
            </Badge>
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} td={s.status === 'withdrawn' ? 'line-through' : undefined}>
                {t(`accountability:strikeReason.${s.reason}`)}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(s.at)} ·{' '}
                <Anchor size="xs" href={hrefOf('board', s.collaborationId, 'accountability')}>
                  {t('strikes.collaboration')}
                </Anchor>
                {s.eventIds.length > 0 && t('strikes.evidence', { count: s.eventIds.length })}
              </Text>
              {s.note && <Text size="sm">{s.note}</Text>}
              {s.status === 'withdrawn' && (
                <Text size="sm" c="dimmed">
                  {s.withdrawnAt
                    ? t('strikes.withdrawnOn', { date: formatDateTime(s.withdrawnAt), reason: s.withdrawnReason })
                    : t('strikes.withdrawn', { reason: s.withdrawnReason })}
                </Text>
              )}
            </Stack>
          </Group>
        </li>
      ))}
    </Stack>
  );
}
