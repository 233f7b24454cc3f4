import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, optionalText, enterText } from '../fields';
import { MessageChannel } from '../events/message';
import { unfilledVariables } from './fill';
import { TEMPLATE_VARIABLES } from './kinds';
import { TemplateLanguage } from './kindSchemas';
import { TemplateKind } from './kindSchemas';
import { problem } from '../i18n/problems';

/** API shapes of the outreach composer: templates, a filled message, the suggested next rung. */

export const TemplateVariable = z.enum(TEMPLATE_VARIABLES);

/** Built-in templates have ids like `builtin:warm_checkin.en`; the user's own, `user:12`. */
export const TemplateId = z
  .string({ error: problem('field.templateMissing') })
  .regex(/^(builtin:[a-z_]+\.[a-z]{2}|user:\d+)$/, { error: problem('field.templateId') });

export const Template = z.object({
  id: TemplateId,
  kind: TemplateKind,
  language: TemplateLanguage,
  name: z.string(),
  subject: z.string(),
  body: z.string(),
  builtIn: z.boolean(),
  updatedAt: IsoDateTime.nullable(),
});
export type Template = z.infer<typeof Template>;

export const TemplateListInput = z.strictObject({ kind: TemplateKind.optional(), language: TemplateLanguage.optional() });

export const TemplateSaveInput = z.strictObject({
  /** The user template to change; omitted → a new one (e.g. a duplicate of a built-in). */
  id: Id.optional(),
  kind: TemplateKind,
  language: TemplateLanguage,
  name: enterText('templateName', 120),
  subject: optionalText(300),
  body: enterText('messageText', 10_000),
});
export type TemplateSaveInput = z.input<typeof TemplateSaveInput>;
export const TemplateDeleteInput = z.strictObject({ id: Id });

export const Segment = z.union([
  z.object({ text: z.string() }),
  z.object({ variable: TemplateVariable, value: z.string().nullable() }),
  z.object({ unknown: z.string() }),
]);

export const FilledText = z.object({ text: z.string(), segments: z.array(Segment) });

export const ComposeInput = z.strictObject({
  collaborationId: Id,
  templateId: TemplateId,
  /** The deadline the message is about (a reminder's); else the creator's most urgent one. */
  milestoneId: Id.optional(),
  asOf: IsoDateTime.optional(),
});

export const Composed = z.object({
  templateId: TemplateId,
  kind: TemplateKind,
  language: TemplateLanguage,
  subject: FilledText,
  body: FilledText,
  /** Variables without a value here: the preview marks them, the text keeps their placeholder. */
  missing: z.array(TemplateVariable),
  /** Where to send it: the creator's email, when known. */
  email: z.string().nullable(),
  /**
   * The line ending the body, "Ref. 3f9a2c1d5e7b0a44 · 2026-03-25 14:02 UTC": the history's seal
   * as the message was written, so the creator holds a copy the brand cannot rewrite later.
   */
  reference: z.string().nullable(),
});
export type Composed = z.infer<typeof Composed>;

export const SuggestInput = z.strictObject({ collaborationId: Id, asOf: IsoDateTime.optional() });

/** Why a message is suggested (or none), as a code a page words in its language. */
export const SUGGESTION_REASONS = [
  'notice_sent', 'notice_due', 'lost_days_try', 'lost_days_done', 'lost_messages_try', 'lost_messages_done', 'ghosted_try', 'ghosted_done',
  'stuck', 'stuck_on', 'gentle_pressure', 'warm_checkin', 'caring_inquiry', 'waiting',
  'first_outreach', 'contract_reminder', 'arrived', 'on_its_way', 'review_feedback', 'thank_you', 'nothing', 'ended',
  'check_in_arrived', 'check_in_quiet',
] as const;

/** The facts a reason names; each code uses some of them. */
export const SuggestionWhy = z.object({
  code: z.enum(SUGGESTION_REASONS),
  /** The first unanswered message (an instant, read in `timeZone`). */
  since: IsoDateTime.optional(),
  /** Whole days and hours waited since then. */
  days: z.number().int().min(0).optional(),
  hours: z.number().int().min(0).optional(),
  /** Messages sent since the creator last replied. */
  messages: z.number().int().min(0).optional(),
  /** The reply time agreed, in hours. */
  slaHours: z.number().min(0).optional(),
  /** The creator's most urgent open deliverable. */
  deadline: z.object({ name: z.string(), dueDate: IsoDate, daysLate: z.number().int().min(0) }).optional(),
  /** The day the product (or the gift) arrived. */
  arrivedOn: IsoDate.optional(),
  /** The zone the instants are read in: the brand's (Settings). */
  timeZone: z.string(),
});
export type SuggestionWhy = z.infer<typeof SuggestionWhy>;

export const Suggestion = z.object({
  collaborationId: Id,
  /** Null: nothing to send now. */
  kind: TemplateKind.nullable(),
  /** Why, as data: the page says it in its language (outreach/suggestWords). */
  why: SuggestionWhy,
  /** Why, in English for scripts and logs: "No reply for 52 h after your message of 3 Mar, 07:00; the reply time is 24 h.". */
  reason: z.string(),
  /** The creator's language when there are templates in it, else English. */
  language: TemplateLanguage,
  templateId: TemplateId.nullable(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const NudgesInput = z.strictObject({ asOf: IsoDateTime.optional(), campaignId: Id.optional() });

/** A message still showing a variable's placeholder (`{brand_name}`) was not what anyone sent. */
export const finished = (text: string | undefined, ctx: z.RefinementCtx, path: 'subject' | 'body') => {
  const left = text ? unfilledVariables(text) : [];
  if (left.length > 0) ctx.addIssue({ code: 'custom', path: [path], message: problem('field.unfilled', { names: left.map((n) => `{${n}}`).join(', ') }) });
};

export const LogSentInput = z
  .strictObject({
    collaborationId: Id,
    channel: MessageChannel,
    subject: optionalText(300).optional(),
    body: enterText('messageSent', 20_000),
    /** Which rung it was, so the next suggestion knows what has been tried. */
    kind: TemplateKind.optional(),
    templateId: TemplateId.optional(),
    at: IsoDateTime.optional(),
  })
  .superRefine((input, ctx) => {
    finished(input.subject, ctx, 'subject');
    finished(input.body, ctx, 'body');
  });
