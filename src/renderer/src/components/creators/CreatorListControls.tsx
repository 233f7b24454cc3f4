import { SegmentedControl, Select } from '@mantine/core';
import { type CreatorSort, MIN_SCORE_OPTIONS } from './reliability';

interface Props {
  sort: CreatorSort;
  onSort: (sort: CreatorSort) => void;
  minimum: string;
  onMinimum: (minimum: string) => void;
}

/** Order the creators and hide the less reliable ones, when choosing whom to work with. */
export function CreatorListControls({ sort, onSort, minimum, onMinimum }: Props) {
  return (
    <>
      <SegmentedControl
        aria-label="Sort creators"
        size="xs"
        data={[
          { value: 'name', label: 'By name' },
          { value: 'reliability', label: 'By reliability' },
        ]}
        value={sort}
        onChange={(v) => onSort(v as CreatorSort)}
      />
      <Select aria-label="Minimum score" data={MIN_SCORE_OPTIONS} value={minimum} onChange={(v) => onMinimum(v ?? 'any')} allowDeselect={false} w={120} />
    </>
  );
}
