import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Strike, StrikeStatus } from '../../../../shared/accountability/schemas';
import { formatDateTime } from '../../format';
import { hrefOf } from '../../route';
import { LinkedEvents } from './LinkedEvents';

const STATUS_COLORS: Record<StrikeStatus, string> = { active: 'red', served: 'gray', withdrawn: 'gray' };

interface Props {
  strike: Strike;
  /** This collaboration's strikes show their evidence; others link to where they were given. */
  here: boolean;
  /** Some of the creator's strikes come from other collaborations, so say which are from this one. */
  mixed: boolean;
  labelOf: (eventId: number) => string;
  onWithdraw: () => void;
}

export function StrikeRow({ strike, here, mixed, labelOf, onWithdraw }: Props) {
  const { t } = useTranslation('accountability');
  const withdrawn = strike.status === 'withdrawn';
  return (
    <Paper component="li" withBorder p="sm" radius="md" data-testid="strike" data-status={strike.status} style={withdrawn ? { opacity: 0.7 } : undefined}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap={6}>
            <Text size="sm" fw={600} td={withdrawn ? 'line-through' : undefined}>
              {t(`strikeReason.${strike.reason}`)}
            </Text>
            <Badge size="sm" variant={withdrawn ? 'outline' : 'light'} color={STATUS_COLORS[strike.status]} tt="none">
              {t(`strikeStatus.${strike.status}`)}
            </Badge>
            {here ? (
              mixed && (
                <Badge size="sm" variant="default" tt="none">
                  {t('strikes.thisCollaboration')}
                </Badge>
              )
            ) : (
              <Anchor size="xs" href={hrefOf('board', strike.collaborationId, 'accountability')}>
                {t('strikes.anotherCollaboration')}
              </Anchor>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {formatDateTime(strike.at)}
          </Text>
          {strike.note && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {strike.note}
            </Text>
          )}
          {here && <LinkedEvents ids={strike.eventIds} labelOf={labelOf} />}
          {!here && strike.eventIds.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('strikes.linkedCount', { count: strike.eventIds.length })}
            </Text>
          )}
          {withdrawn && strike.withdrawnAt && (
            <Text size="xs" c="dimmed">
              {t('strikes.withdrawnOn', { at: formatDateTime(strike.withdrawnAt), reason: strike.withdrawnReason ?? '' })}
            </Text>
          )}
        </Stack>
        {!withdrawn && (
          <Button size="compact-xs" variant="subtle" color="gray" onClick={onWithdraw} style={{ flexShrink: 0 }}>
            {t('strikes.withdraw')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
