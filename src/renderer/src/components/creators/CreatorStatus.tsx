import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../hooks/queries';

/** Active or inactive; an inactive creator says whether strikes put them there. */
export function CreatorStatus({ creatorId, active }: { creatorId: number; active: boolean }) {
  const { t } = useTranslation('creators');
  if (active) {
    return (
      <Badge color="teal" variant="light">
        {t('status.active')}
      </Badge>
    );
  }
  return <InactiveStatus creatorId={creatorId} />;
}

// Only inactive rows ask for their standing: they are few, and the list itself does not carry strikes.
function InactiveStatus({ creatorId }: { creatorId: number }) {
  const { t } = useTranslation('creators');
  const standing = useApiQuery('influencers.standing', { id: creatorId }).data;
  const byStrikes = standing?.inactiveByStrikes === true;
  return (
    <Badge color={byStrikes ? 'red' : 'gray'} variant="light" title={byStrikes ? t('status.byStrikesHint') : undefined}>
      {byStrikes ? t('status.inactiveByStrikes', { count: standing.activeStrikes }) : t('status.inactive')}
    </Badge>
  );
}
