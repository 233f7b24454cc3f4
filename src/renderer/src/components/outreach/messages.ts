import type { TemplateKind } from '../../../../shared/outreach/kinds';
import { conversationOf } from '../../../../shared/rules/replyState';
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
 * Who owes the next message, counted by the same reply clock as the card and the reminders.
 */
export function whoIsWaiting(newestFirst: LoggedMessage[]): Waiting {
  const { awaitingReplySince, last } = conversationOf([...newestFirst].reverse());
  if (!last) return null;
  return awaitingReplySince === null ? { on: 'brand', since: last.at } : { on: 'creator', since: awaitingReplySince };
}
