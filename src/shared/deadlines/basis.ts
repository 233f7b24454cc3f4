import { z } from 'zod';
import { DayCount } from '../contract/terms';
import { IsoDate } from '../fields';
import type { Say } from '../i18n/createI18n';

/**
 * What a deadline's date is counted from, kept as facts rather than a sentence: the card, the
 * contract tab and the printouts say it in their reader's language (`basisWords`).
 */
export const COUNTED_FROM = ['product_received', 'signed', 'draft_delivered', 'publication'] as const;

export const DueBasis = z.discriminatedUnion('from', [
  z.object({ from: z.literal('fixed'), onDate: IsoDate }),
  z.object({ from: z.enum(COUNTED_FROM), days: z.number().int().min(0), dayCount: DayCount }),
  /** A date agreed with the creator without a contract. */
  z.object({ from: z.literal('own') }),
  /** The publish-by date set on the collaboration. */
  z.object({ from: z.literal('publish_by') }),
  /** A sentence an earlier version stored that could not be read back as facts: shown as it was written. */
  z.object({ from: z.literal('text'), text: z.string() }),
]);
export type DueBasis = z.infer<typeof DueBasis>;

/** "20 calendar days after the product is received", "on 15 April 2026", in the language of `say`. */
export function basisWords(b: DueBasis, say: Say, date: (isoDate: string) => string): string {
  switch (b.from) {
    case 'fixed':
      return say('card:basis.on', { date: date(b.onDate) });
    case 'own':
      return say('card:basis.own');
    case 'publish_by':
      return say('card:basis.publishBy');
    case 'text':
      return b.text;
    default:
      return say('card:basis.after', { days: b.days, count: b.dayCount, from: b.from });
  }
}
