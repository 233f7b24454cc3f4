import { useApiQuery } from '../../hooks/queries';

/**
 * Today in the brand's time zone, as the app counts deadlines. It comes from the app rather than
 * this computer's clock so the calendar and the statuses agree (the app's clock can be set).
 */
export function useToday(): string | undefined {
  return useApiQuery('deadlines.list', {}).data?.asOfDate;
}
