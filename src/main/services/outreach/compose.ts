import type { z } from 'zod';
import { referenceLine } from '../../../shared/accountability/chainRef';
import { buildClauses } from '../../../shared/contract/clauses';
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
import { readConversations } from './conversation';
import { getTemplate } from './templates';
import { isPaid } from '../../../shared/rules/deal';

const LOCALES: Record<TemplateLanguage, string> = { en: 'en-GB', zh: 'zh-CN', nl: 'nl-NL' };
const CLAUSE_WORDS: Record<TemplateLanguage, (n: number, title: string) => string> = {
  en: (n, title) => `clause ${n} (${title})`,
  zh: (n, title) => `第 ${n} 条（${title}）`,
  nl: (n, title) => `artikel ${n} (${title})`,
};

/** A template filled in for a collaboration: dates and money in the template's language. */
export function composeMessage(ctx: Ctx, input: z.output<typeof ComposeInput>): Composed {
  const template = getTemplate(ctx, input.templateId);
  const collab = getCollaboration(ctx, input.collaborationId);
  const asOf = input.asOf ? new Date(input.asOf) : ctx.clock.now();
  const about = input.milestoneId === undefined ? undefined : deadlineAbout(ctx, collab.id, input.milestoneId, asOf);
  const values = variableValues(ctx, collab, template.language, asOf, about);
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
  if (d.collaborationId !== collaborationId) throw badField(['milestoneId'], `Deadline ${milestoneId} belongs to another collaboration`);
  return d.dueDate === null || d.dueAt === null ? null : { name: d.name, dueDate: d.dueDate, dueAt: d.dueAt, daysLate: d.daysLate };
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
  const lateClause = clauses.findIndex((c) => c.title === 'Late delivery');
  const deduction = conversation?.deductionMinor ?? 0;
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
    clause: lateClause >= 0 ? CLAUSE_WORDS[language](lateClause + 1, clauses[lateClause]!.title) : null,
    reply_hours: String(inForce?.terms.replySlaHours ?? 24),
    publish_by: date(collab.publishBy),
    latest_post_topic: null,
  };
}
