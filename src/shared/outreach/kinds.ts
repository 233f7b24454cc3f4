import type { TemplateKind, TemplateLanguage } from './kindSchemas';

/** The message kinds of the follow-up ladder and around it (DOMAIN "Follow-up ladder"). */
export const TEMPLATE_KINDS = [
  'first_outreach',
  'did_it_arrive',
  // While the content is made and nothing is late (rules/checkIn).
  'check_in',
  'warm_checkin',
  'caring_inquiry',
  'gentle_pressure',
  'support_offer',
  'lost_contact_comment',
  'lost_contact_goodwill',
  'formal_notice',
  'contract_reminder',
  'review_feedback',
  'thank_you',
  'deadline_reminder',
  'new_schedule',
  'restate_goals',
  'polite_ending',
] as const;
// The type is the schema's (one definition), re-exported beside the names it is made of.
export type { TemplateKind, TemplateLanguage };

export const TEMPLATE_LANGUAGES = ['en', 'zh', 'nl'] as const;

/** Every variable a template may use, filled from the collaboration, its contract and the settings. */
export const TEMPLATE_VARIABLES = [
  'creator_name',
  'sender_name',
  'brand_name',
  'product',
  'campaign_name',
  'fee',
  'due_date',
  'deliverable',
  'days_late',
  'deduction',
  /** Whether the deduction still grows (by how much a day, up to what) or has reached its cap. */
  'deduction_terms',
  /** Whether ending the collaboration is open to the brand now, or after how many more days. */
  'termination_terms',
  'clause',
  'reply_hours',
  'publish_by',
  'latest_post_topic',
  /** The files of the campaign's materials kit, one a line: what the message sends along. */
  'materials',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export interface BuiltInTemplate {
  kind: TemplateKind;
  language: TemplateLanguage;
  /** Shown in the picker, in the template's language. */
  name: string;
  subject: string;
  body: string;
}
