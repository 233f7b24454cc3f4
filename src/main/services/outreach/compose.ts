import type { z } from 'zod';
import { referenceLine } from '../../../shared/accountability/chainRef';
import { buildClauses, contractLanguages } from '../../../shared/contract/clauses';
import { formatIsoDate } from '../../../shared/dates';
import { formatMoney } from '../../../shared/money';
import { deliverableWords } from '../../../shared/outreach/deliverableWords';
import type { TemplateLanguage, TemplateVariable } from '../../../shared/outreach/kinds';
import { fillSegments, missingVariables, segmentsToText } from '../../../shared/outreach/fill';
import type { Composed, ComposeInput } from '../../../shared/outreach/schemas';
import type { ConversationState } from '../../../shared/outreach/suggest';
import type { CollaborationDetail } from '../../../shared/schemas';
import { currentHead } from '../../db/eventChain';
import { getCollaboration } from '../collaborations';
import type { Ctx } from '../context';
import { inForceTerms, oneDeadline } from '../deadlines';
import { badField } from '../errors';
import { getSettings } from '../settings';
import { nextDeadlineOf, readConversations } from './conversation';
import { getTemplate } from './templates';
import { isPaid } from '../../../shared/rules/deal';
import { DEFAULT_REPLY_SLA_HOURS } from '../../../shared/rules/replyState';
import { clauseWords, deductionTerms, terminationTerms } from '../../../shared/outreach/noticeWords';
import { listDeadlines } from '../deadlineList';
import { problem } from '../../../shared/i18n/problems';
import { kitOf } from '../materials';

const LOCALES: Record<TemplateLanguage, string> = { en: 'en-GB', zh: 'zh-CN', nl: 'nl-NL' };
/** A template filled in for a collaboration: dates and money in the template's language. */
export function composeMessage(ctx: Ctx, input: z.output<typeof ComposeInput>): Composed {
  const template = getTemplate(ctx, input.templateId);
  const collab = getCollaboration(ctx, input.collaborationId);
  const asOf = input.asOf ? new Date(input.asOf) : ctx.clock.now();
  const about = input.milestoneId === undefined ? undefined : deadlineAbout(ctx, collab.id, input.milestoneId, asOf);
  // A formal notice is about the late deliverable the deduction runs on, whatever else is due first.
  const noticeAbout = about === undefined && template.kind === 'formal_notice' ? deductionDriver(ctx, collab.id, asOf) : undefined;
  const values = variableValues(ctx, collab, template.language, asOf, about ?? noticeAbout);
  const subject = fillSegments(template.subject, values);
  const reference = referenceFor(ctx, template.language);
  const body = [...fillSegments(template.body, values), ...(reference ? [{ text: `\n\n${reference}` }] : [])];
  return {
    templateId: template.id,
    kind: template.kind,
    language: template.language,
    subject: { text: segmentsToText(subject), segments: subject },
    body: { text: segmentsToText(body), segments: body },
    missing: missingVariables([...subject, ...body]),
    email: collab.creator.email,
    reference,
  };
}

/**
 * The history's seal as the message leaves: once the creator has it, a later rewrite of anything
 * recorded up to now would no longer match it (see db/eventChain).
 */
function referenceFor(ctx: Ctx, language: TemplateLanguage): string | null {
  const head = currentHead(ctx.db.$client);
  return head ? referenceLine(language, head.hash, head.recordedAt) : null;
}

type NextDeadline = ConversationState['nextDeadline'];

/** The deadline a message is about, which must be one of this collaboration's. */
function deadlineAbout(ctx: Ctx, collaborationId: number, milestoneId: number, asOf: Date): NextDeadline {
  const d = oneDeadline(ctx, milestoneId, asOf);
  if (d.collaborationId !== collaborationId) throw badField(['milestoneId'], problem('service.otherDeadline', { id: milestoneId }));
  return nextDeadlineOf(d);
}

/**
 * Of the creator's deliverables still open and late that count towards the deduction, the latest:
 * the one the late-delivery clause is applied to. Undefined when none is (the notice then speaks
 * of the most urgent deadline and has no deduction to name).
 */
function deductionDriver(ctx: Ctx, collaborationId: number, asOf: Date): NextDeadline | undefined {
  const late = listDeadlines(ctx, { collaborationId, asOf: asOf.toISOString(), openOnly: true }).deadlines.filter(
    (d) => d.party === 'creator' && d.deductible && d.status === 'overdue' && d.dueDate !== null && d.dueAt !== null,
  );
  const worst = late.reduce<(typeof late)[number] | undefined>((w, d) => (w === undefined || d.daysLate > w.daysLate ? d : w), undefined);
  return worst ? (nextDeadlineOf(worst) ?? undefined) : undefined;
}

/** The campaign's materials whose files are there, one a line; none (a gap to fill) without a kit. */
function kitLines(ctx: Ctx, collab: CollaborationDetail): string | null {
  const kit = collab.campaign ? kitOf(ctx, collab.campaign.id) : [];
  return kit.length > 0 ? kit.map((m) => `- ${m.name}`).join('\n') : null;
}

/** `about`: the deadline the message is about; left out, the creator's most urgent one. */
function variableValues(ctx: Ctx, collab: CollaborationDetail, language: TemplateLanguage, asOf: Date, about?: NextDeadline): Record<TemplateVariable, string | null> {
  const collaborationId = collab.id;
  const locale = LOCALES[language];
  const settings = getSettings(ctx);
  const inForce = inForceTerms(ctx.db, collaborationId);
  const [conversation] = readConversations(ctx, asOf, { collaborationId });
  const next = about !== undefined ? about : (conversation?.state.nextDeadline ?? null);
  const money = (minor: number) => formatMoney(minor, collab.currency, locale);
  const date = (iso: string | null) => (iso ? formatIsoDate(iso, locale) : null);
  const clauses = inForce ? buildClauses(inForce.terms) : [];
  const lateClause = clauses.findIndex((c) => c.key === 'lateDelivery');
  const penalty = conversation?.penalty;
  const deduction = penalty?.deductionMinor ?? 0;
  const late = inForce?.terms.lateDelivery;
  return {
    creator_name: collab.creator.name,
    sender_name: settings.senderName || null,
    brand_name: settings.brandName || null,
    product: collab.product || collab.campaign?.product || null,
    campaign_name: collab.campaign?.name ?? null,
    fee: isPaid(collab.feeMinor) ? money(collab.feeMinor) : null,
    due_date: date(next?.dueDate ?? null),
    deliverable: next ? deliverableWords(next.name, language) : null,
    days_late: next && next.daysLate > 0 ? String(next.daysLate) : null,
    deduction: deduction > 0 ? money(deduction) : null,
    deduction_terms: penalty && deduction > 0 ? deductionTerms(language, { capReached: penalty.capReached, perDay: money(penalty.perDayMinor), cap: money(penalty.capMinor) }) : null,
    termination_terms:
      penalty && late?.enabled
        ? terminationTerms(language, {
            available: penalty.terminationAvailable,
            daysToGo: Math.max(0, late.terminationDays - penalty.daysCharged),
            recoverDeposit: late.recoverDeposit,
            recoverProduct: late.recoverProduct,
          })
        : null,
    clause: inForce && lateClause >= 0 ? clauseWords(language, lateClause + 1, 'lateDelivery', contractLanguages(inForce.terms)) : null,
    reply_hours: String(inForce?.terms.replySlaHours ?? collab.replyWithinHours ?? DEFAULT_REPLY_SLA_HOURS),
    publish_by: date(collab.publishBy),
    latest_post_topic: null,
    materials: kitLines(ctx, collab),
  };
}
