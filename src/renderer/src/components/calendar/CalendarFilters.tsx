import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../hooks/queries';

export interface CalendarFilter {
  campaignId?: number;
  creatorId?: number;
}

export const isFiltered = (f: CalendarFilter) => f.campaignId !== undefined || f.creatorId !== undefined;

const toValue = (id: number | undefined) => (id === undefined ? null : String(id));
const toId = (value: string | null) => (value === null ? undefined : Number(value));

export function CalendarFilters({ value, onChange }: { value: CalendarFilter; onChange: (f: CalendarFilter) => void }) {
  const { t } = useTranslation('calendar');
  const campaigns = useApiQuery('campaigns.list', {});
  const creators = useApiQuery('influencers.list', {});
  return (
    <>
      <Select
        placeholder={t('filters.allCampaigns')}
        aria-label={t('filters.byCampaign')}
        data={(campaigns.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
        value={toValue(value.campaignId)}
        onChange={(v) => onChange({ ...value, campaignId: toId(v) })}
        nothingFoundMessage={t('filters.noCampaign')}
        searchable
        clearable
        w={220}
      />
      <Select
        placeholder={t('filters.allCreators')}
        aria-label={t('filters.byCreator')}
        data={(creators.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
        value={toValue(value.creatorId)}
        onChange={(v) => onChange({ ...value, creatorId: toId(v) })}
        nothingFoundMessage={t('filters.noCreator')}
        searchable
        clearable
        w={200}
      />
    </>
  );
}
