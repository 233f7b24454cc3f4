import { Button, EmptyState } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { hrefOf } from '../../route';

interface Props {
  title: string;
  /** Offered when filters hide what there is. */
  onClearFilters?: () => void;
}

/** Says how deadlines get onto the calendar, since nothing is typed in here. */
export function CalendarEmpty({ title, onClearFilters }: Props) {
  return (
    <EmptyState
      variant="light"
      icon={<IconCalendarEvent size={30} />}
      title={title}
      description="Deadlines appear here once a collaboration has a finalized contract and its card is moved to Signed or Product received: from that day on, every milestone and payment has a date."
      maw={460}
      mx="auto"
      data-testid="calendar-empty"
    >
      <EmptyState.Actions>
        {onClearFilters && (
          <Button variant="default" onClick={onClearFilters}>
            Show all campaigns and creators
          </Button>
        )}
        <Button component="a" href={hrefOf('board')}>
          Open the board
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
