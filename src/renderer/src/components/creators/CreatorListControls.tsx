import { SegmentedControl, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type CreatorSort, MIN_SCORES } from './reliability';

interface Props {
  sort: CreatorSort;
  onSort: (sort: CreatorSort) => void;
  minimum: string;
  onMinimum: (minimum: string) => void;
}

/** Order the creators and hide the less reliable ones, when choosing whom to work with. */
export function CreatorListControls({ sort, onSort, minimum, onMinimum }: Props) {
  const { t } = useTranslation('creators');
  const minScoreOptions = useMinScoreOptions();
  return (
    <>
      <SegmentedControl
        aria-label={t('controls.sort')}
        size="xs"
        data={[
          { value: 'name', label: t('controls.byName') },
          { value: 'reliability', label: t('controls.byReliability') },
        ]}
        value={sort}
        onChange={(v) => onSort(v as CreatorSort)}
      />
      <Select aria-label={t('controls.minimum')} data={minScoreOptions} value={minimum} onChange={(v) => onMinimum(v ?? 'any')} allowDeselect={false} w={120} />
    </>
  );
}

/** The minimum-score choices of the list and the picker: "Any score", "60+", "80+". */
export function useMinScoreOptions() {
  const { t } = useTranslation('creators');
  return MIN_SCORES.map((value) => ({ value, label: value === 'any' ? t('controls.anyScore') : `${value}+` }));
}
