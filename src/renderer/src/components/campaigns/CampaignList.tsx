import { Center, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../../shared/schemas';
import { useApiQuery } from '../../hooks/queries';
import { CampaignCard } from './CampaignCard';

export function CampaignList({ onEdit }: { onEdit: (campaign: Campaign) => void }) {
  const { t } = useTranslation('campaigns');
  const campaigns = useApiQuery('campaigns.list', {});
  if (campaigns.data?.length === 0) {
    return (
      <Center mt="xl">
        <Text c="dimmed">{t('list.empty')}</Text>
      </Center>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }}>
      {(campaigns.data ?? []).map((c) => (
        <CampaignCard key={c.id} campaign={c} onEdit={() => onEdit(c)} />
      ))}
    </SimpleGrid>
  );
}
