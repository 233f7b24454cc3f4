import { Button } from '@mantine/core';
import { IconClipboardText } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../FormModal';
import { CampaignBriefForm } from './CampaignBriefForm';

/** Opens the campaign's brief, which every creator in the campaign gets. */
export function CampaignBriefButton({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation('brief');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" size="sm" leftSection={<IconClipboardText size={16} />} onClick={() => setOpen(true)}>
        {t('campaign.open')}
      </Button>
      <FormModal opened={open} onClose={() => setOpen(false)} title={t('campaign.title')} size="xl">
        {open && <CampaignBriefForm campaignId={campaignId} onDone={() => setOpen(false)} />}
      </FormModal>
    </>
  );
}
