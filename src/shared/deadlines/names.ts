import { MILESTONE_KINDS, type MilestoneKind } from '../contract/terms';
import { type Say, sayIn } from '../i18n/createI18n';
import { REMINDER_ONLY_KINDS } from '../rules/deadlineKinds';

/*
 * The names Followthrough gives a deadline itself (the brand's duties a contract implies, a date
 * added without a name). The row keeps the English name, which the API sends; every page and
 * printout says it in its reader's language instead. A name the brand or the contract wrote is
 * shown as written.
 */

// The brand's duties by what they are; the dates after publication are named by their kind.
export const DUTY_NAMES = ['deposit', 'review', 'balance', 'fee', ...REMINDER_ONLY_KINDS] as const;
export type DutyName = (typeof DUTY_NAMES)[number];

const en = sayIn('en');

/** The English name a deadline is stored with. */
export const dutyName = (duty: DutyName): string => en(`domain:deadlineName.${duty}`);
/** The English name of a date added without a name, after what is due. */
export const kindName = (kind: MilestoneKind): string => en(`domain:deadlineName.kind.${kind}`);

// Which given names each key can carry: the balance is "the fee" when nothing was paid up front.
const BY_KEY: Record<string, readonly DutyName[]> = {
  brand_deposit: ['deposit'],
  brand_review: ['review'],
  brand_balance: ['balance', 'fee'],
  post_licence_expiry: ['licence_expiry'],
  post_min_live_end: ['min_live_end'],
};

/**
 * The catalog key of a name Followthrough gave, or null for one somebody wrote. `key` is the
 * deadline's; without it (a record from before keys were kept) only the brand's duties, whose
 * English names no contract uses, are recognised.
 */
export function givenNameKey(d: { key: string | null; name: string }): string | null {
  const duties = d.key === null ? DUTY_NAMES : BY_KEY[d.key];
  const duty = duties?.find((n) => dutyName(n) === d.name);
  if (duty) return `domain:deadlineName.${duty}`;
  if (d.key !== null && d.key.startsWith('own_')) {
    const kind = MILESTONE_KINDS.find((k) => kindName(k) === d.name);
    if (kind) return `domain:deadlineName.kind.${kind}`;
  }
  return null;
}

/** A deadline's name in the language of `say`: its given name translated, a written one as written. */
export function deadlineName(d: { key: string | null; name: string }, say: Say): string {
  const key = givenNameKey(d);
  return key === null ? d.name : say(key);
}
