import type { DueItem } from '../../../shared/reminders/schemas';

/** What is due, with no words yet: a tick describes only the reminders it has not fired before. */
export type DueFact = Omit<DueItem, 'title' | 'body' | 'subject'> & { subject: string | null; since?: string };
