import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconArrowRight, IconCircleCheck, IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../shared/csv/schemas';
import { useApiQuery } from '../../hooks/queries';
import { hrefOf } from '../../route';

interface Props {
  result: ImportResult;
  campaignId: number | null;
  onAnother: () => void;
}

/** Step 4: what was added, and where to see it. */
export function DoneStep({ result, campaignId, onAnother }: Props) {
  const { t } = useTranslation('importExport');
  const campaigns = useApiQuery('campaigns.list', {}, result.kind === 'metrics' && campaignId !== null);
  const campaign = campaigns.data?.find((c) => c.id === campaignId);
  const title =
    result.kind === 'creators'
      ? t('done.creators', { count: result.imported })
      : result.kind === 'orders'
        ? t('done.orders', { count: result.imported, skipped: result.skipped ?? 0 })
        : t('done.metrics', { count: result.imported, posts: result.newPosts });
  const link =
    result.kind === 'creators'
      ? { href: hrefOf('creators'), label: t('done.openCreators') }
      : result.kind === 'orders'
        ? { href: hrefOf('shipments'), label: t('done.openShipments') }
        : campaignId !== null
        ? { href: hrefOf('campaigns', campaignId), label: campaign ? t('done.openCampaign', { name: campaign.name }) : t('done.openThisCampaign') }
        : { href: hrefOf('campaigns'), label: t('done.openCampaigns') };
  return (
    <Stack gap="md">
      <Alert color="green" icon={<IconCircleCheck size={18} />} title={title} role="status" />
      <Group>
        <Button component="a" href={link.href} rightSection={<IconArrowRight size={16} />}>
          {link.label}
        </Button>
        <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={onAnother}>
          {t('done.another')}
        </Button>
      </Group>
    </Stack>
  );
}
