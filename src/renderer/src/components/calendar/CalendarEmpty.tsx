import { Button, EmptyState } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../route';

interface Props {
  title: string;
  /** Offered when filters hide what there is. */
  onClearFilters?: () => void;
}

/** Says how deadlines get onto the calendar, since nothing is typed in here. */
export function CalendarEmpty({ title, onClearFilters }: Props) {
  const { t } = useTranslation(['calendar', 'domain']);
  return (
    <EmptyState
      variant="light"
      icon={<IconCalendarEvent size={30} />}
      title={title}
      description={t('empty.how', { signed: t('domain:stage.signed'), received: t('domain:stage.product_received') })}
      maw={460}
      mx="auto"
      data-testid="calendar-empty"
    >
      <EmptyState.Actions>
        {onClearFilters && (
          <Button variant="default" onClick={onClearFilters}>
            {t('empty.showAll')}
          </Button>
        )}
        <Button component="a" href={hrefOf('board')}>
          {t('empty.openBoard')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
