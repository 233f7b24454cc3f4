import { Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../hooks/queries';

interface Props {
  label: string;
  description?: ReactNode;
  placeholder: string;
  value: number | null;
  onChange: (campaignId: number | null) => void;
}

export function CampaignSelect({ label, description, placeholder, value, onChange }: Props) {
  const { t } = useTranslation('importExport');
  const campaigns = useApiQuery('campaigns.list', {});
  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder}
      data={(campaigns.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(v === null ? null : Number(v))}
      nothingFoundMessage={campaigns.data?.length === 0 ? t('campaignSelect.noneYet') : t('campaignSelect.noMatch')}
      searchable
      clearable
      maw={420}
    />
  );
}
