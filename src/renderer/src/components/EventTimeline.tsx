import { Button, Group, Stack, Text, Textarea, TextInput, Timeline } from '@mantine/core';
import {
  IconAlertOctagon,
  IconArchive,
  IconCash,
  IconChartBar,
  IconPhoto,
  IconRoute,
  IconArrowBackUp,
  IconArrowRight,
  IconBell,
  IconCircleCheck,
  IconEdit,
  IconFileCheck,
  IconTruckDelivery,
  IconCalendarShare,
  IconFilePencil,
  IconMessageReply,
  IconNote,
  IconScale,
  IconSend,
  IconSparkles,
  IconStar,
  IconUserCheck,
  IconUserOff,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeEvent, type Words } from '../../../shared/eventWords';
import type { EventRecord, EventType } from '../../../shared/schemas';
import { format } from 'date-fns';
import { appNow } from '../clock';
import { applyApiError } from '../formErrors';
import { formatDate, formatDateTime } from '../format';
import { currentIntlTag } from '../i18n';
import { useApiMutation, useApiQuery } from '../hooks/queries';

/** The icon of each kind of event; the words come from the shared describeEvent. */
const ICONS: Record<Exclude<EventType, 'message'>, typeof IconNote> = {
  'collaboration.created': IconSparkles,
  'collaboration.moved': IconArrowRight,
  'collaboration.updated': IconEdit,
  'payment.recorded': IconCash,
  'amendment.recorded': IconFilePencil,
  'deadline.changed': IconCalendarShare,
  'shipment.recorded': IconTruckDelivery,
  'shipment.updated': IconTruckDelivery,
  note: IconNote,
  'contract.finalized': IconFileCheck,
  'milestone.delivered': IconCircleCheck,
  'milestone.superseded': IconCircleCheck,
  'milestone.reopened': IconArrowBackUp,
  'notification.fired': IconBell,
  'strike.added': IconAlertOctagon,
  'strike.withdrawn': IconArrowBackUp,
  'creator.deactivated': IconUserOff,
  'creator.reactivated': IconUserCheck,
  'rating.added': IconStar,
  'dispute.opened': IconScale,
  'dispute.updated': IconScale,
  'deliverable.added': IconPhoto,
  'metrics.recorded': IconChartBar,
  'metrics.imported': IconChartBar,
  'remedial.step': IconRoute,
  'visibility.changed': IconArchive,
};

function describe(event: EventRecord, t: Words): { title: string; detail?: string; icon: typeof IconNote } {
  const icon = event.type === 'message' ? (event.data.direction === 'creator_to_brand' ? IconMessageReply : IconSend) : ICONS[event.type];
  return { ...describeEvent(event, t, currentIntlTag()), icon };
}

/** The dated history of one collaboration, newest first, with a box to add a note. */
export function EventTimeline({ collaborationId }: { collaborationId: number }) {
  const { t } = useTranslation(['card', 'events']);
  const events = useApiQuery('events.list', { collaborationId });
  const log = useApiMutation('events.log');
  const [note, setNote] = useState('');
  const [happenedOn, setHappenedOn] = useState('');
  const [error, setError] = useState<Record<string, string>>({});

  const addNote = async () => {
    setError({});
    try {
      await log.mutateAsync({ collaborationId, type: 'note', text: note, ...(happenedOn ? { happenedOn } : {}) });
      setNote('');
      setHappenedOn('');
    } catch (e) {
      const fields: Record<string, string> = {};
      const other = applyApiError(e, (errors) => Object.assign(fields, errors));
      setError(other === null ? fields : { text: other });
    }
  };

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Textarea
          placeholder={t('timeline.notePlaceholder')}
          aria-label={t('timeline.note')}
          autosize
          minRows={2}
          value={note}
          error={error.text ?? error._form}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group justify="space-between" align="flex-start">
          <TextInput
            type="date"
            size="xs"
            label={t('timeline.happenedOn')}
            description={t('timeline.happenedOnHint')}
            max={format(appNow(), 'yyyy-MM-dd')}
            value={happenedOn}
            error={error.happenedOn}
            onChange={(e) => setHappenedOn(e.currentTarget.value)}
          />
          <Button size="xs" mt={20} onClick={addNote} loading={log.isPending} disabled={note.trim() === ''}>
            {t('timeline.addNote')}
          </Button>
        </Group>
      </Stack>
      <Timeline bulletSize={24} lineWidth={2} data-testid="timeline">
        {(events.data ?? []).map((event) => {
          const { title, detail, icon: Icon } = describe(event, t);
          return (
            <Timeline.Item key={event.id} title={title} bullet={<Icon size={13} />}>
              {detail && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {detail}
                </Text>
              )}
              <Text size="xs" c="dimmed" mt={2}>
                {event.type === 'note' && event.data.happenedOn ? t('timeline.notedAbout', { at: formatDateTime(event.at), day: formatDate(event.data.happenedOn) }) : formatDateTime(event.at)}
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Stack>
  );
}
