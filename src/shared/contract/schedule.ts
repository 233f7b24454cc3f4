import { z } from 'zod';
import { addCalendarDays, addDays } from '../dates';
import type { DueBasis } from '../deadlines/basis';
import { dutyName } from '../deadlines/names';
import { REMINDER_ONLY_KINDS } from '../rules/deadlineKinds';
import type { TemplateLanguage } from '../outreach/kindSchemas';
import { type Anchor, type ContractTerms, type DayCount, MILESTONE_KINDS } from './terms';
import { contractWords } from './words';

/*
 * Which dated obligations a contract implies, and when each is due, given what has happened so
 * far (signing, product received, deliveries). Creator milestones come from the terms; the
 * brand's own duties and the dates after publication follow from the other clauses.
 */

export const DEADLINE_KINDS = [...MILESTONE_KINDS, 'deposit', 'review', 'balance', ...REMINDER_ONLY_KINDS] as const;
export const DeadlineKind = z.enum(DEADLINE_KINDS);
export type DeadlineKind = z.infer<typeof DeadlineKind>;

export const Party = z.enum(['creator', 'brand']);
export type Party = z.infer<typeof Party>;

export interface ScheduleFacts {
  signedOn: string | null;
  productReceivedOn: string | null;
  /** Delivery dates (brand's zone) by milestone key. */
  deliveredOn: ReadonlyMap<string, string>;
  holidays: ReadonlySet<string>;
}

export interface ScheduledDeadline {
  key: string;
  name: string;
  party: Party;
  kind: DeadlineKind;
  deductible: boolean;
  /** Null until the event it is counted from has happened. */
  dueDate: string | null;
  /** What the date is counted from ("20 calendar days after the product is received"), as facts. */
  basis: DueBasis;
}

/**
 * When a milestone is due, in words: "on 15 April 2026", or "20 calendar days after the product is
 * received"; in a contract's own language when it prints them.
 */
export function dueWords(m: { anchor: Anchor; onDate?: string; offsetDays: number; dayCount: DayCount }, language: TemplateLanguage = 'en'): string {
  const w = contractWords(language);
  return m.anchor === 'fixed' ? w.say('due.on', { date: w.date(m.onDate ?? '') }) : w.say('due.after', { days: m.offsetDays, count: m.dayCount, anchor: m.anchor });
}

const milestoneBasis = (m: ContractTerms['milestones'][number]): DueBasis =>
  m.anchor === 'fixed' ? { from: 'fixed', onDate: m.onDate ?? '' } : { from: m.anchor, days: m.offsetDays, dayCount: m.dayCount };

const counted = (from: 'signed' | 'draft_delivered' | 'publication', days: number, dayCount: DayCount = 'calendar'): DueBasis => ({ from, days, dayCount });

export function scheduleDeadlines(terms: ContractTerms, facts: ScheduleFacts): ScheduledDeadline[] {
  const anchorDate = (anchor: Exclude<Anchor, 'fixed'>) => (anchor === 'signed' ? facts.signedOn : facts.productReceivedOn);
  const after = (from: string | null, days: number, count: DayCount) =>
    from === null ? null : addDays(from, days, count, facts.holidays);
  const out: ScheduledDeadline[] = [];

  for (const m of terms.milestones) {
    out.push({
      key: m.key,
      name: m.name,
      party: 'creator',
      kind: m.kind,
      deductible: terms.lateDelivery.enabled && m.deductible,
      dueDate: m.anchor === 'fixed' ? (m.onDate ?? null) : after(anchorDate(m.anchor), m.offsetDays, m.dayCount),
      basis: milestoneBasis(m),
    });
  }

  const { fee, review, usage, brief } = terms;
  const brandDuty = (key: string, name: string, kind: DeadlineKind, dueDate: string | null, basis: DueBasis) =>
    out.push({ key, name, party: 'brand', kind, deductible: false, dueDate, basis });

  const deposit = fee.feeMinor > 0 && fee.depositPct > 0;
  if (deposit) {
    brandDuty('brand_deposit', dutyName('deposit'), 'deposit', after(facts.signedOn, fee.depositDueDays, 'calendar'), counted('signed', fee.depositDueDays));
  }

  // The review window opens when the latest draft is delivered.
  const drafts = terms.milestones.filter((m) => m.kind === 'draft');
  if (drafts.length > 0) {
    const delivered = drafts.map((m) => facts.deliveredOn.get(m.key)).filter((d): d is string => d !== undefined).sort();
    const draftOn = delivered.at(-1) ?? null;
    brandDuty('brand_review', dutyName('review'), 'review', after(draftOn, review.brandReviewDays, review.brandReviewDayCount), counted('draft_delivered', review.brandReviewDays, review.brandReviewDayCount));
  }

  const publish = terms.milestones.find((m) => m.kind === 'publish');
  const publishedOn = publish ? (facts.deliveredOn.get(publish.key) ?? null) : null;
  if (fee.feeMinor > 0 && fee.depositPct < 100) {
    brandDuty('brand_balance', dutyName(deposit ? 'balance' : 'fee'), 'balance', after(publishedOn, fee.balanceDueDays, 'calendar'), counted('publication', fee.balanceDueDays));
  }
  if (usage.channels.length > 0 && !usage.perpetual && usage.licenceDays !== null) {
    brandDuty('post_licence_expiry', dutyName('licence_expiry'), 'licence_expiry', publishedOn && addCalendarDays(publishedOn, usage.licenceDays), counted('publication', usage.licenceDays));
  }
  if (brief.minimumLiveDays > 0) {
    brandDuty('post_min_live_end', dutyName('min_live_end'), 'min_live_end', publishedOn && addCalendarDays(publishedOn, brief.minimumLiveDays), counted('publication', brief.minimumLiveDays));
  }
  return out;
}
