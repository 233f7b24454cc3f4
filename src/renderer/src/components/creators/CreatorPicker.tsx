import { Group, Select, type SelectProps, Text } from '@mantine/core';
import { OwesLine } from './OwesLine';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../hooks/queries';
import { useMinScoreOptions } from './CreatorListControls';
import { meetsMinimum, pickerOrder } from './reliability';
import { ReliabilityBadge } from './ReliabilityBadge';

interface Props {
  /** The form's props for the field (value, onChange, error …). */
  inputProps: GetInputPropsReturnType;
  description: SelectProps['description'];
  /** Kept choosable when inactive: the creator a collaboration being edited already has. */
  currentCreatorId?: number;
}

/**
 * Whom to work with: creators by reliability, best first, each with their score. Inactive ones
 * come last and cannot be chosen; the minimum hides the rest below it.
 */
export function CreatorPicker({ inputProps, description, currentCreatorId }: Props) {
  const { t } = useTranslation('creators');
  const minScoreOptions = useMinScoreOptions();
  const creators = useApiQuery('influencers.list', {});
  const reliability = useApiQuery('reliability.list', {});
  const [minimum, setMinimum] = useState('any');
  const byCreator = useMemo(() => new Map((reliability.data ?? []).map((r) => [String(r.creatorId), r])), [reliability.data]);
  const scoreOf = (id: number) => byCreator.get(String(id))?.score ?? null;

  const options = pickerOrder(creators.data ?? [], scoreOf)
    // The chosen creator stays listed, or the field would look empty.
    .filter((c) => String(c.id) === inputProps.value || meetsMinimum(scoreOf(c.id), minimum))
    .map((c) => ({
      value: String(c.id),
      label: c.active ? c.name : t('picker.inactive', { name: c.name }),
      disabled: !c.active && c.id !== currentCreatorId,
    }));

  const renderOption: SelectProps['renderOption'] = ({ option }) => {
    const r = byCreator.get(option.value);
    return (
      <Group gap="xs" wrap="nowrap" justify="space-between" w="100%">
        <div style={{ minWidth: 0 }}>
          <Text size="sm" truncate="end">
            {option.label}
          </Text>
          {option.disabled && <OwesLine creatorId={Number(option.value)} />}
        </div>
        <ReliabilityBadge score={r?.score ?? null} facts={r} compact />
      </Group>
    );
  };

  return (
    <Group gap="sm" align="flex-start" wrap="nowrap">
      <Select
        label={t('picker.label')}
        placeholder={creators.data?.length ? t('picker.choose') : t('picker.addFirst')}
        data={options}
        renderOption={renderOption}
        searchable
        withAsterisk
        nothingFoundMessage={minimum === 'any' ? t('picker.notFound') : t('picker.notFoundWithScore')}
        data-autofocus
        style={{ flex: 1 }}
        description={description}
        {...inputProps}
      />
      <Select
        label={t('picker.minimum')}
        description={t('picker.minimumHint')}
        data={minScoreOptions}
        value={minimum}
        onChange={(v) => setMinimum(v ?? 'any')}
        allowDeselect={false}
        w={170}
      />
    </Group>
  );
}
