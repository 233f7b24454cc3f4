import { Button, Stack, Text, Textarea, Timeline } from '@mantine/core';
import { IconArrowBackUp, IconArrowRight, IconBell, IconCircleCheck, IconEdit, IconFileCheck, IconMessageReply, IconNote, IconSend, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import type { EventRecord } from '../../../shared/schemas';
import { STAGE_LABELS, type Stage } from '../../../shared/stages';
import { formatDateTime } from '../format';
import { useApiMutation, useApiQuery } from '../hooks/queries';
import { channelLabel } from './outreach/labels';

const FIELD_LABELS: Record<string, string> = {
  creatorId: 'creator',
  campaignId: 'campaign',
  feeMinor: 'fee',
  currency: 'currency',
  product: 'product',
  productValueMinor: 'product value',
  startDate: 'start date',
  publishBy: 'publish-by date',
  signedOn: 'signing date',
  productReceivedOn: 'product received date',
  notes: 'notes',
};

function describe(event: EventRecord): { title: string; detail?: string; icon: typeof IconNote } {
  const d = event.data as Record<string, unknown>;
  switch (event.type) {
    case 'collaboration.created':
      return { title: `Collaboration started in ${STAGE_LABELS[d.stage as Stage] ?? d.stage}`, icon: IconSparkles };
    case 'collaboration.moved':
      return {
        title: `Moved from ${STAGE_LABELS[d.from as Stage]} to ${STAGE_LABELS[d.to as Stage]}`,
        detail: typeof d.note === 'string' ? d.note : undefined,
        icon: IconArrowRight,
      };
    case 'collaboration.updated': {
      const fields = Object.keys((d.changes as object) ?? {}).map((k) => FIELD_LABELS[k] ?? k);
      return { title: `Changed ${fields.join(', ')}`, icon: IconEdit };
    }
    case 'note':
      return { title: 'Note', detail: String(d.text ?? ''), icon: IconNote };
    case 'contract.finalized':
      return { title: `Contract version ${String(d.version)} finalized`, detail: `SHA-256 ${String(d.sha256)}`, icon: IconFileCheck };
    case 'milestone.delivered': {
      const late = Number(d.daysLate ?? 0);
      const when = late > 0 ? `${late} day${late === 1 ? '' : 's'} late` : 'on time';
      return { title: `${String(d.name)}: ${d.party === 'brand' ? 'done' : 'delivered'} ${when}`, detail: typeof d.note === 'string' ? d.note : undefined, icon: IconCircleCheck };
    }
    case 'milestone.reopened':
      return { title: `${String(d.name)}: reopened`, detail: String(d.reason ?? ''), icon: IconArrowBackUp };
    case 'message': {
      const channel = channelLabel(d.channel);
      const title = d.direction === 'creator_to_brand' ? `Reply from the creator (${channel})` : `Message to the creator (${channel})`;
      return { title, detail: [d.subject, d.text].filter((x) => typeof x === 'string' && x !== '').join(' — '), icon: d.direction === 'creator_to_brand' ? IconMessageReply : IconSend };
    }
    case 'notification.fired':
      return { title: `Reminder: ${String(d.title)}`, icon: IconBell };
    default:
      return { title: event.type, icon: IconNote };
  }
}

/** The dated history of one collaboration, newest first, with a box to add a note. */
export function EventTimeline({ collaborationId }: { collaborationId: number }) {
  const events = useApiQuery('events.list', { collaborationId });
  const log = useApiMutation('events.log');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  const addNote = async () => {
    setError(null);
    try {
      await log.mutateAsync({ collaborationId, type: 'note', text: note });
      setNote('');
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The note was not saved.');
    }
  };

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Textarea
          placeholder="Add a dated note: a call, an agreement, a promise…"
          aria-label="Note"
          autosize
          minRows={2}
          value={note}
          error={error}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Button size="xs" style={{ alignSelf: 'flex-end' }} onClick={addNote} loading={log.isPending} disabled={note.trim() === ''}>
          Add note
        </Button>
      </Stack>
      <Timeline bulletSize={24} lineWidth={2} data-testid="timeline">
        {(events.data ?? []).map((event) => {
          const { title, detail, icon: Icon } = describe(event);
          return (
            <Timeline.Item key={event.id} title={title} bullet={<Icon size={13} />}>
              {detail && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {detail}
                </Text>
              )}
              <Text size="xs" c="dimmed" mt={2}>
                {formatDateTime(event.at)}
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Stack>
  );
}
