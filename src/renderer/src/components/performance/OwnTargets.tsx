import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Share } from '../../../../shared/metrics/schemas';
import type { CampaignTargets, CollaborationDetail } from '../../../../shared/schemas';
import { currentIntlTag } from '../../i18n';
import { PanelModal } from '../accountability/PanelModal';
import { describeTargets } from '../campaigns/targets';
import { OwnTargetsForm } from './OwnTargetsForm';

/** What this collaboration is held to within its campaign: its part of the campaign's targets, or what the brand set for it by hand. */
export function OwnTargets({ collab, share }: { collab: CollaborationDetail & { campaign: NonNullable<CollaborationDetail['campaign']> }; share: Share }) {
  const { t } = useTranslation('campaigns');
  const [editing, setEditing] = useState(false);
  const describe = (targets: CampaignTargets) => describeTargets(t, currentIntlTag(), targets, collab.currency);
  // The margin is the campaign's, said on the campaign; a part of a count is shown in whole units.
  const { marginPct: _margin, ...part } = share.targets;
  const held = Object.fromEntries(Object.entries(part).map(([k, v]) => [k, k.endsWith('Pct') || k.endsWith('Minor') ? v : Math.round(v)]));
  return (
    <Stack gap={4} component="section" aria-label={t('ownTargets.title')} data-testid="own-targets">
      <Group justify="space-between">
        <Title order={5}>{t('ownTargets.title')}</Title>
        <Button size="xs" variant="light" onClick={() => setEditing(true)}>
          {t('ownTargets.edit')}
        </Button>
      </Group>
      <Text size="sm" data-testid="own-targets-share">
        {t('ownTargets.meantToPost', { count: share.posts, campaign: collab.campaign.name })}
        {Object.keys(held).length > 0 && (
          <>
            {t('separator.parts')}
            {t('ownTargets.share', { targets: describe(held) })}
          </>
        )}
      </Text>
      {collab.targets !== null && (
        <Text size="xs" c="dimmed">
          {t('ownTargets.byHand', { targets: describe(collab.targets) })}
        </Text>
      )}
      <PanelModal opened={editing} onClose={() => setEditing(false)} title={t('ownTargets.title')} size="lg">
        {editing && <OwnTargetsForm collaborationId={collab.id} own={collab.targets} share={share} currency={collab.currency} onDone={() => setEditing(false)} />}
      </PanelModal>
    </Stack>
  );
}
