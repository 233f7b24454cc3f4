import { useTranslation } from 'react-i18next';
import { describeEvent } from '../../../../shared/eventWords';
import type { EventRecord } from '../../../../shared/schemas';
import { formatDateTime } from '../../format';
import { currentIntlTag, i18n } from '../../i18n';
import { useApiQuery } from '../../hooks/queries';

export interface EventOption {
  value: string;
  label: string;
}

/** "12 Mar 2026, 10:00 · Reply from the creator (email)": enough to tell events apart in a list. */
export const eventLabel = (event: EventRecord): string => `${formatDateTime(event.at)} · ${describeEvent(event, i18n.t, currentIntlTag()).title}`;

/**
 * The collaboration's events as choices and as words for ids already linked. The API's largest
 * page, so even an old message can still be linked as evidence.
 */
export function useEventLabels(collaborationId: number) {
  const { t } = useTranslation('accountability');
  const events = useApiQuery('events.list', { collaborationId, limit: 1000 });
  const list = events.data ?? [];
  const options: EventOption[] = list.map((e) => ({ value: String(e.id), label: eventLabel(e) }));
  const byId = new Map(list.map((e) => [e.id, eventLabel(e)]));
  // A linked event is part of this record, so a missing one only means the list has not loaded yet.
  // The id goes in as text: a number would be written with thousands separators.
  const labelOf = (id: number) => byId.get(id) ?? t('events.fallback', { id: String(id) });
  return { options, labelOf, loading: events.isPending };
}
