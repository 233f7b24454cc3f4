import type { DueItem } from '../../../shared/reminders/schemas';

/** What is due as findDue reads it: the facts of its words are counted on the day it is looked at (dueItem). */
export type DueFact = Omit<DueItem, 'facts'> & {
  creatorName: string;
  /** The deadline's name as written; null for a reply owed or a gift's post. */
  subject: string | null;
  subjectKey?: string;
  dueDate: string;
  /** When the wait began: the message awaiting a reply, the gift's arrival. */
  since?: string;
  /** What a check-in is counted from. */
  checkIn?: { arrivedOn: string; lastContactOn: string | null };
};
