import { z } from 'zod';
import { addDays, calendarDaysBetween, dateInZone } from '../dates';
import type { Region } from '../platforms';
import { datesInHolidays, HolidayKey } from '../regionalHolidays';
import { scheduleDeadlines } from './schedule';
import type { ContractTerms } from './terms';

const IsoDate = z.string();
const section = <S extends string, C extends string>(sectionName: S, code: C) => ({ section: z.literal(sectionName), code: z.literal(code) });

/**
 * A risky or missing term, as a code and the facts it is about: the builder puts it into words
 * in the user's language (components/contract/warningText.ts).
 */
export const ContractWarning = z.discriminatedUnion('code', [
  z.object(section('milestones', 'no_dates')),
  z.object(section('lateDelivery', 'no_consequence')),
  z.object(section('lateDelivery', 'no_deductible_milestone')),
  z.object(section('lateDelivery', 'termination_within_grace')),
  z.object(section('brief', 'no_disclosure')),
  z.object(section('brief', 'gifted_alone_uk')),
  z.object(section('usage', 'licence_without_duration')),
  z.object({ ...section('milestones', 'due_in_holidays'), milestone: z.string(), dueDate: IsoDate, holiday: z.enum(HolidayKey), start: IsoDate, end: IsoDate }),
  z.object({ ...section('review', 'review_past_publish'), draftDue: IsoDate, publishDue: IsoDate, reviewedBy: IsoDate }),
  z.object({ ...section('milestones', 'publish_after_publish_by'), publishBy: IsoDate, publishDue: IsoDate, days: z.number().int() }),
]);
export type ContractWarning = z.infer<typeof ContractWarning>;
export type ContractSection = ContractWarning['section'];

export interface WarningContext {
  creatorRegion: Region | null;
  /** The publish-by date agreed on the collaboration, if any. */
  publishBy: string | null;
  /** When the deadlines are expected to start counting: the real anchor dates, else an estimate. */
  signedOn: string;
  productReceivedOn: string;
  holidays: ReadonlySet<string>;
}

/** Risky or missing terms a small brand without a lawyer should look at before sending the draft. */
export function contractWarnings(terms: ContractTerms, ctx: WarningContext): ContractWarning[] {
  const out: ContractWarning[] = [];
  const paid = terms.fee.feeMinor > 0;

  if (terms.milestones.length === 0) {
    out.push({ section: 'milestones', code: 'no_dates' });
  }
  const late = terms.lateDelivery;
  const noConsequence = !late.enabled || (late.deductionPctPerDay === 0 && !late.recoverDeposit && !late.recoverProduct);
  if (paid && noConsequence) {
    out.push({ section: 'lateDelivery', code: 'no_consequence' });
  }
  if (late.enabled && terms.milestones.length > 0 && !terms.milestones.some((m) => m.deductible)) {
    out.push({ section: 'lateDelivery', code: 'no_deductible_milestone' });
  }
  if (late.enabled && late.terminationDays <= late.graceDays) {
    out.push({ section: 'lateDelivery', code: 'termination_within_grace' });
  }
  if (paid && terms.brief.disclosure.trim() === '') {
    out.push({ section: 'brief', code: 'no_disclosure' });
  }
  if (terms.brief.disclosureMarket === 'uk' && giftedWithoutAd(terms.brief.disclosure)) {
    out.push({ section: 'brief', code: 'gifted_alone_uk' });
  }
  const usage = terms.usage;
  if (usage.channels.length > 0 && !usage.perpetual && usage.licenceDays === null) {
    out.push({ section: 'usage', code: 'licence_without_duration' });
  }

  const schedule = scheduleDeadlines(terms, {
    signedOn: ctx.signedOn,
    productReceivedOn: ctx.productReceivedOn,
    deliveredOn: new Map(),
    holidays: ctx.holidays,
  });
  for (const { item: d, window } of datesInHolidays(ctx.creatorRegion, schedule.filter((d) => d.party === 'creator'))) {
    out.push({ section: 'milestones', code: 'due_in_holidays', milestone: d.name, dueDate: d.dueDate, holiday: window.key, start: window.start, end: window.end });
  }

  const dueOf = (kind: string) => schedule.find((d) => d.kind === kind && d.party === 'creator')?.dueDate ?? null;
  const draftDue = dueOf('draft');
  const publishDue = dueOf('publish');
  if (draftDue && publishDue) {
    const r = terms.review;
    const reviewed = addDays(draftDue, r.brandReviewDays, r.brandReviewDayCount, ctx.holidays);
    if (reviewed > publishDue) {
      out.push({ section: 'review', code: 'review_past_publish', draftDue, publishDue, reviewedBy: reviewed });
    }
  }
  if (publishDue && ctx.publishBy && publishDue > ctx.publishBy) {
    out.push({ section: 'milestones', code: 'publish_after_publish_by', publishBy: ctx.publishBy, publishDue, days: calendarDaysBetween(ctx.publishBy, publishDue) });
  }
  return out;
}

/**
 * "#gifted" with no "#ad" (or "advert"/"advertisement"): under a contract the brand controls the
 * post, which makes it an ad for the UK's ASA, and "#gifted" alone does not say so.
 */
export function giftedWithoutAd(label: string): boolean {
  const words = label.toLowerCase();
  return /#gifted\b|\bgifted\b/.test(words) && !/#ad\b|\badvert(isement)?\b|#advert(isement)?\b/.test(words);
}

interface DraftCollaboration {
  creator: { region: Region | null };
  publishBy: string | null;
  startDate: string | null;
  signedOn: string | null;
  productReceivedOn: string | null;
}

/**
 * The warnings of a draft for its collaboration, as the contract procedure answers them for the
 * saved draft and the builder shows them for unsaved edits. Before the real dates are known they
 * are estimated from the planned start, else today in the brand's zone.
 */
export function draftWarnings(terms: ContractTerms, collab: DraftCollaboration, settings: { timeZone: string; holidays: readonly string[] }, now: Date): ContractWarning[] {
  const estimate = collab.startDate ?? dateInZone(now, settings.timeZone);
  return contractWarnings(terms, {
    creatorRegion: collab.creator.region,
    publishBy: collab.publishBy,
    signedOn: collab.signedOn ?? estimate,
    productReceivedOn: collab.productReceivedOn ?? collab.signedOn ?? estimate,
    holidays: new Set(settings.holidays),
  });
}
