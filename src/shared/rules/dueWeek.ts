import { addCalendarDays } from '../dates';

/*
 * "This week" for reminders (the tray's and header's counts, the calendar's week pane): today and
 * the six calendar days after it in the brand's time zone, not the calendar week, so a Sunday
 * still looks seven days ahead.
 */
export const DUE_WEEK_DAYS = 7;

/** The last date (yyyy-mm-dd) of the reminder week that starts on `today`. */
export const dueWeekEnd = (today: string): string => addCalendarDays(today, DUE_WEEK_DAYS - 1);
