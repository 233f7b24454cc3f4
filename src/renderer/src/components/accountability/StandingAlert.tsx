import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type OpenObligation, STRIKE_LIMIT } from '../../../../shared/accountability/schemas';
import { formatDate } from '../../format';
import { useApiQuery } from '../../hooks/queries';

function Obligation({ o }: { o: OpenObligation }) {
  const { t } = useTranslation('accountability');
  return (
    <List.Item>
      <Text size="sm" span fw={600}>
        {o.name}
      </Text>
      <Text size="sm" span c="dimmed">
        {o.campaignName ? ` · ${o.campaignName}` : ''}
        {o.dueDate ? ` · ${t('standing.due', { date: formatDate(o.dueDate) })}` : ''}
      </Text>
    </List.Item>
  );
}

/** Whether the creator may join new collaborations, and what would make them active again. */
export function StandingAlert({ creatorId, creatorName }: { creatorId: number; creatorName: string }) {
  const { t } = useTranslation('accountability');
  const standing = useApiQuery('influencers.standing', { id: creatorId });
  const s = standing.data;
  if (!s || s.creatorId !== creatorId) return null;

  if (!s.active) {
    const title = s.inactiveByStrikes ? t('standing.inactiveByStrikes', { count: s.activeStrikes }) : t('standing.inactive');
    return (
      <Alert color="red" variant="light" icon={<IconUserOff size={20} />} title={title} data-testid="standing">
        {s.openObligations.length > 0 ? (
          <>
            <Text size="sm">{t('standing.owes', { name: creatorName })}</Text>
            <List size="sm" mt={4} spacing={2}>
              {s.openObligations.map((o) => (
                <Obligation key={o.milestoneId} o={o} />
              ))}
            </List>
          </>
        ) : (
          <Text size="sm">
            {t('standing.owesNothing', { name: creatorName })}
          </Text>
        )}
      </Alert>
    );
  }

  if (s.activeStrikes === 0) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={20} />} p="xs" data-testid="standing">
      <Text size="sm">
        {t('standing.warning', { count: s.activeStrikes, limit: STRIKE_LIMIT, name: creatorName })}
      </Text>
    </Alert>
  );
}
