/*
 * Which dated obligations are deliveries and which only remind. The usage licence's end and the
 * end of the minimum live time are dates to notice after publication: nobody delivers them, so
 * they are never late, never counted in reliability and never the card's next deadline.
 */

export const REMINDER_ONLY_KINDS = ['licence_expiry', 'min_live_end'] as const;
export type ReminderOnlyKind = (typeof REMINDER_ONLY_KINDS)[number];

export const isReminderOnly = (kind: string): kind is ReminderOnlyKind => (REMINDER_ONLY_KINDS as readonly string[]).includes(kind);

/** A deadline someone delivers (a creator's milestone or a brand's duty), as opposed to a date that only reminds. */
export const isDeliverable = (kind: string): boolean => !isReminderOnly(kind);
