import { Button, Group, ScrollArea, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/schemas';
import { ArchivedParents } from '../components/archive/ArchivedParents';
import { CampaignDashboard } from '../components/campaigns/CampaignDashboard';
import { CampaignList } from '../components/campaigns/CampaignList';
import { CampaignForm } from '../components/forms/CampaignForm';
import { useRoute } from '../route';
import { FormModal } from '../components/FormModal';

/** `#/campaigns` lists the campaigns; `#/campaigns/3` is campaign 3's dashboard. */
export function CampaignsPage() {
  const { t } = useTranslation('campaigns');
  const { id } = useRoute();
  const [editing, setEditing] = useState<Campaign | 'new' | null>(null);
  return (
    <Stack h="100%" gap="sm">
      {id === null ? (
        <>
          <Group>
            <Title order={3}>{t('page.title')}</Title>
            <Button ml="auto" leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              {t('page.add')}
            </Button>
          </Group>
          <ScrollArea style={{ flex: 1 }}>
            <CampaignList onEdit={setEditing} />
          </ScrollArea>
          <ArchivedParents kind="campaign" />
        </>
      ) : (
        <CampaignDashboard campaignId={id} onEdit={setEditing} />
      )}
      <FormModal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('page.new') : t('page.edit')} size="lg">
        {editing !== null && <CampaignForm campaign={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
      </FormModal>
    </Stack>
  );
}
