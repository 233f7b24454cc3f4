import type { OutboxStatus } from '../../../../shared/mail/outbox';

/** The brand may try again now or cancel only what is not being handed to the server this moment. */
export const canActOn = (status: OutboxStatus): boolean => status === 'queued' || status === 'failed';

export const STATUS_COLORS: Record<OutboxStatus, string> = { queued: 'orange', sending: 'blue', sent: 'teal', failed: 'red', cancelled: 'gray' };
