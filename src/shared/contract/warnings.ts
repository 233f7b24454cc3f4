import { z } from 'zod';
import { addDays, calendarDaysBetween, dateInZone, formatIsoDate } from '../dates';
import type { Region } from '../platforms';
import { holidayWindowAt } from '../regionalHolidays';
import { scheduleDeadlines } from './schedule';
import type { ContractTerms } from './terms';

export const ContractWarning = z.object({
  /** The builder section the warning belongs to. */
  section: z.enum(['fee', 'brief', 'milestones', 'review', 'lateDelivery', 'usage']),
  message: z.string(),
});
export type ContractWarning = z.infer<typeof ContractWarning>;

export interface WarningContext {
  creatorRegion: Region | null;
  /** The publish-by date agreed on the collaboration, if any. */
  publishBy: string | null;
  /** When the deadlines are expected to start counting: the real anchor dates, else an estimate. */
  signedOn: string;
  productReceivedOn: string;
  holidays: ReadonlySet<string>;
  formatDate: (date: string) => string;
}

/** Risky or missing terms a small brand without a lawyer should look at before sending the draft. */
export function contractWarnings(terms: ContractTerms, ctx: WarningContext): ContractWarning[] {
  const out: ContractWarning[] = [];
  const paid = terms.fee.feeMinor > 0;

  if (terms.milestones.length === 0) {
    out.push({ section: 'milestones', message: 'No dates: nothing is due on any day, so nothing can ever be late. Add at least the publish date.' });
  }
  const late = terms.lateDelivery;
  const noConsequence = !late.enabled || (late.deductionPctPerDay === 0 && !late.recoverDeposit && !late.recoverProduct);
  if (paid && noConsequence) {
    out.push({ section: 'lateDelivery', message: 'No consequence for late delivery: a delay costs the creator nothing. Set a deduction per day or a right to recover the deposit.' });
  }
  if (late.enabled && terms.milestones.length > 0 && !terms.milestones.some((m) => m.deductible)) {
    out.push({ section: 'lateDelivery', message: 'No milestone counts towards the deduction, so the late-delivery clause never applies.' });
  }
  if (late.enabled && late.terminationDays <= late.graceDays) {
    out.push({ section: 'lateDelivery', message: 'Termination is allowed within the grace period; make the termination threshold longer than the grace days.' });
  }
  if (paid && terms.brief.disclosure.trim() === '') {
    out.push({ section: 'brief', message: 'No disclosure label: paid posts must be marked (#ad or the platform’s paid-partnership label).' });
  }
  const usage = terms.usage;
  if (usage.channels.length > 0 && !usage.perpetual && usage.licenceDays === null) {
    out.push({ section: 'usage', message: 'The usage licence has no duration. Choose a number of days or perpetual, or the brand may not know when it must stop using the content.' });
  }

  const schedule = scheduleDeadlines(terms, {
    signedOn: ctx.signedOn,
    productReceivedOn: ctx.productReceivedOn,
    deliveredOn: new Map(),
    holidays: ctx.holidays,
  });
  for (const d of schedule) {
    if (d.party !== 'creator' || d.dueDate === null) continue;
    const window = holidayWindowAt(ctx.creatorRegion, d.dueDate);
    if (window) {
      out.push({
        section: 'milestones',
        message: `“${d.name}” would be due on ${ctx.formatDate(d.dueDate)}, during ${window.name} in the creator’s region (${ctx.formatDate(window.start)} – ${ctx.formatDate(window.end)}). Creators answer slowly then; consider moving it.`,
      });
    }
  }

  const dueOf = (kind: string) => schedule.find((d) => d.kind === kind && d.party === 'creator')?.dueDate ?? null;
  const draftDue = dueOf('draft');
  const publishDue = dueOf('publish');
  if (draftDue && publishDue) {
    const r = terms.review;
    const reviewed = addDays(draftDue, r.brandReviewDays, r.brandReviewDayCount, ctx.holidays);
    if (reviewed > publishDue) {
      out.push({
        section: 'review',
        message: `The review window is longer than the time between the draft (${ctx.formatDate(draftDue)}) and publishing (${ctx.formatDate(publishDue)}): the brand could still be reviewing on ${ctx.formatDate(reviewed)}.`,
      });
    }
  }
  if (publishDue && ctx.publishBy && publishDue > ctx.publishBy) {
    out.push({
      section: 'milestones',
      message: `Publishing would be due ${calendarDaysBetween(ctx.publishBy, publishDue)} day(s) after the collaboration’s publish-by date (${ctx.formatDate(ctx.publishBy)}).`,
    });
  }
  return out;
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
    formatDate: (d) => formatIsoDate(d),
  });
}
