import { Anchor, Button, Card, Group, Text } from '@mantine/core';
import { IconChartBar, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../../shared/schemas';
import { formatMoney } from '../../format';
import { currentIntlTag } from '../../i18n';
import { hrefOf } from '../../route';
import { describeTargets } from './targets';
import { ArchiveButton } from '../archive/ArchiveButton';
import { CampaignPeriod } from './CampaignPeriod';

export function CampaignCard({ campaign: c, onEdit }: { campaign: Campaign; onEdit: () => void }) {
  const { t } = useTranslation('campaigns');
  const targets = describeTargets(t, currentIntlTag(), c.targets, c.currency);
  return (
    <Card withBorder padding="md" data-testid="campaign-card">
      <Anchor href={hrefOf('campaigns', c.id)} fw={600} c="inherit">
        {c.name}
      </Anchor>
      <Text size="sm" c="dimmed">
        {c.product || t('card.noProduct')}
      </Text>
      <CampaignPeriod startDate={c.startDate} endDate={c.endDate} size="xs" />
      <Text size="sm" mt="xs">
        {c.budgetMinor === null ? t('card.budgetNotSet') : t('card.budget', { amount: formatMoney(c.budgetMinor, c.currency) })}
      </Text>
      {targets && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('card.targets', { targets })}
        </Text>
      )}
      <Group gap="xs" mt="auto" pt="md">
        <Button component="a" href={hrefOf('campaigns', c.id)} size="xs" variant="light" leftSection={<IconChartBar size={14} />}>
          {t('card.openDashboard')}
        </Button>
        <Button size="xs" variant="subtle" color="gray" leftSection={<IconPencil size={14} />} onClick={onEdit} aria-label={t('card.editNamed', { name: c.name })}>
          {t('card.edit')}
        </Button>
        <ArchiveButton kind="campaign" id={c.id} name={c.name} />
      </Group>
    </Card>
  );
}
