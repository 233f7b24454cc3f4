import { Select } from '@mantine/core';
import { useApiQuery } from '../../hooks/queries';

export interface CalendarFilter {
  campaignId?: number;
  creatorId?: number;
}

export const isFiltered = (f: CalendarFilter) => f.campaignId !== undefined || f.creatorId !== undefined;

const toValue = (id: number | undefined) => (id === undefined ? null : String(id));
const toId = (value: string | null) => (value === null ? undefined : Number(value));

export function CalendarFilters({ value, onChange }: { value: CalendarFilter; onChange: (f: CalendarFilter) => void }) {
  const campaigns = useApiQuery('campaigns.list', {});
  const creators = useApiQuery('influencers.list', {});
  return (
    <>
      <Select
        placeholder="All campaigns"
        aria-label="Filter by campaign"
        data={(campaigns.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
        value={toValue(value.campaignId)}
        onChange={(v) => onChange({ ...value, campaignId: toId(v) })}
        nothingFoundMessage="No campaign by that name"
        searchable
        clearable
        w={220}
      />
      <Select
        placeholder="All creators"
        aria-label="Filter by creator"
        data={(creators.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
        value={toValue(value.creatorId)}
        onChange={(v) => onChange({ ...value, creatorId: toId(v) })}
        nothingFoundMessage="No creator by that name"
        searchable
        clearable
        w={200}
      />
    </>
  );
}
