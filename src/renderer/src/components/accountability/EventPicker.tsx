import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventOption } from './useEventLabels';

type Props = Omit<MultiSelectProps, 'data'> & { options: EventOption[] };

/** Picks the events that show what happened, from this collaboration's own history. */
export function EventPicker({ options, value, ...rest }: Props) {
  const { t } = useTranslation('accountability');
  return (
    <MultiSelect
      label={t('events.linked')}
      description={t('events.hint')}
      placeholder={value && value.length > 0 ? undefined : t('events.search')}
      data={options}
      value={value}
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage={t('events.nothingFound')}
      // Long histories: show the newest matches, searching finds the rest.
      limit={100}
      {...rest}
    />
  );
}
