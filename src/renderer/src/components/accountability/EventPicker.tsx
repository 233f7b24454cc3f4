import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import type { EventOption } from './useEventLabels';

type Props = Omit<MultiSelectProps, 'data'> & { options: EventOption[] };

/** Picks the events that show what happened, from this collaboration's own history. */
export function EventPicker({ options, value, ...rest }: Props) {
  return (
    <MultiSelect
      label="Linked events"
      description="Messages, deadlines, deliveries: what shows it"
      placeholder={value && value.length > 0 ? undefined : 'Search the history'}
      data={options}
      value={value}
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage="No event matches"
      // Long histories: show the newest matches, searching finds the rest.
      limit={100}
      {...rest}
    />
  );
}
