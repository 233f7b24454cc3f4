import { UnstyledButton } from '@mantine/core';
import './calendar.css';
import type { CalendarEntry } from '../../../../shared/calendar';
import { currentIntlTag } from '../../i18n';
import { navigate } from '../../route';
import { dutyName, statusLabel } from '../deadlineStatus';
import { entryColors } from './entryStyle';

/** One deadline in a day of the month grid; opens its collaboration. Its name starts with the words it shows, so a spoken command finds it. */
export function EntryChip({ entry }: { entry: CalendarEntry }) {
  const what = dutyName(entry);
  const described = `${entry.creatorName}: ${what}, ${statusLabel(entry).toLocaleLowerCase(currentIntlTag())}`;
  return (
    <UnstyledButton
      className="ft-cal-chip"
      style={entryColors(entry.status)}
      data-status={entry.status}
      data-testid="calendar-entry"
      aria-label={described}
      title={entry.campaignName ? `${described} (${entry.campaignName})` : described}
      onClick={() => navigate('board', entry.collaborationId)}
    >
      <span className="ft-cal-chip-who">{entry.creatorName}</span> · {what}
    </UnstyledButton>
  );
}
