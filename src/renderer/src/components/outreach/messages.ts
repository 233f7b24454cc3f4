import type { TemplateKind } from '../../../../shared/outreach/kinds';
import type { EventRecord, MessageChannel, MessageDirection } from '../../../../shared/schemas';

/** A logged message as the communication log shows it. */
export interface LoggedMessage {
  id: number;
  at: string;
  direction: MessageDirection;
  channel: MessageChannel;
  subject: string | null;
  text: string;
  kind: TemplateKind | null;
  stuck: boolean;
}

/** The messages among a collaboration's events, newest first (by when they happened, then as logged). */
export function messagesOf(events: EventRecord[]): LoggedMessage[] {
  return events
    .flatMap((e): LoggedMessage[] =>
      e.type === 'message'
        ? [
            {
              id: e.id,
              at: e.at,
              direction: e.data.direction,
              channel: e.data.channel,
              subject: e.data.subject || null,
              text: e.data.text,
              kind: e.data.kind ?? null,
              stuck: e.data.stuck === true,
            },
          ]
        : [],
    )
    .sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
}

export type Waiting = { on: 'creator'; since: string } | { on: 'brand'; since: string } | null;

/**
 * Who owes the next message. The creator's wait starts at the first brand message after their
 * latest reply, as the reply clock counts it, not at the latest reminder.
 */
export function whoIsWaiting(newestFirst: LoggedMessage[]): Waiting {
  const latest = newestFirst[0];
  if (!latest) return null;
  if (latest.direction === 'creator_to_brand') return { on: 'brand', since: latest.at };
  const lastReply = newestFirst.findIndex((m) => m.direction === 'creator_to_brand');
  const unanswered = lastReply === -1 ? newestFirst : newestFirst.slice(0, lastReply);
  return { on: 'creator', since: unanswered.at(-1)!.at };
}
