import { Alert, Anchor, Center, Loader, ScrollArea, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../../shared/schemas';
import { useApiQuery } from '../../hooks/queries';
import { hrefOf } from '../../route';
import { DashboardHeader } from './DashboardHeader';
import { NoCollaborations, NoNumbers } from './DashboardEmpty';
import { PerformanceTable } from './PerformanceTable';
import { TotalsGrid } from './TotalsGrid';
import { TrendChart } from './TrendChart';
import { ViewsChart } from './ViewsChart';
import { errorText } from '../../formErrors';
import { CadenceEditor } from './CadenceEditor';
import { MaterialsKit } from '../materials/MaterialsKit';

export function CampaignDashboard({ campaignId, onEdit }: { campaignId: number; onEdit: (campaign: Campaign) => void }) {
  const { t } = useTranslation('campaigns');
  const dashboard = useApiQuery('campaigns.dashboard', { campaignId });
  const campaign = useApiQuery('campaigns.get', { id: campaignId });
  if (dashboard.isError) {
    return (
      <Stack gap="sm" align="flex-start">
        <Anchor href={hrefOf('campaigns')}>{t('dashboard.allCampaigns')}</Anchor>
        <Alert color="red" variant="light" title={t('dashboard.cannotShow')}>
          {errorText(dashboard.error)}
        </Alert>
      </Stack>
    );
  }
  // The previous campaign's numbers stay in the cache while another loads; never show them under this id.
  const d = dashboard.data?.campaignId === campaignId ? dashboard.data : undefined;
  if (!d) {
    return (
      <Center mt="xl">
        <Loader />
      </Center>
    );
  }
  const edit = campaign.data?.id === campaignId ? campaign.data : undefined;
  return (
    <>
      <DashboardHeader dashboard={d} campaign={edit} onEdit={edit && (() => onEdit(edit))} />
      <ScrollArea style={{ flex: 1 }} offsetScrollbars>
        <Stack gap="md" pb="md">
          {d.rows.length === 0 ? (
            <NoCollaborations />
          ) : (
            <>
              {d.totals.posts === 0 ? (
                <NoNumbers />
              ) : (
                <>
                  <TotalsGrid totals={d.totals} targets={d.targets} currency={d.currency} budgetMinor={edit?.budgetMinor ?? null} />
                  <SimpleGrid cols={{ base: 1, lg: 2 }}>
                    <ViewsChart rows={d.rows} />
                    <TrendChart series={d.series} />
                  </SimpleGrid>
                </>
              )}
              <PerformanceTable campaignId={d.campaignId} rows={d.rows} />
            </>
          )}
          <CadenceEditor campaignId={d.campaignId} />
          <MaterialsKit campaignId={d.campaignId} />
        </Stack>
      </ScrollArea>
    </>
  );
}
