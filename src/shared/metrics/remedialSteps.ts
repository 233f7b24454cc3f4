import { translator } from '../i18n/createI18n';
import type { TemplateKind } from '../outreach/kinds';
import { REMEDIAL_STEPS, type RemedialStep } from './schemas';

/**
 * The remedial plan for a collaboration that falls short (DOMAIN "Performance"), gentlest first:
 * talk, look at the numbers together, help, restate what the campaign needs, change how it is
 * paid, and only last end it politely. Each step names the message template that fits, if any.
 */
export const REMEDIAL_TEMPLATES: Record<RemedialStep, TemplateKind | null> = {
  talk: 'caring_inquiry',
  share_numbers: null,
  more_material: 'support_offer',
  new_schedule: 'new_schedule',
  restate_goals: 'restate_goals',
  performance_pay: null,
  end_politely: 'polite_ending',
};

// Keys are made from the step at run time; the catalog test checks every language has them.
const english = translator('en') as unknown as (key: string) => string;

/**
 * Each step with its words in English, for the API (scripts, logs) and the dated record: the page
 * shows the same steps in its own language from the `campaigns` catalog, where these words live.
 */
export const REMEDIAL_GUIDE = Object.fromEntries(
  REMEDIAL_STEPS.map((step) => [
    step,
    { title: english(`campaigns:remedial.step.${step}.title`), advice: english(`campaigns:remedial.step.${step}.advice`), templateKind: REMEDIAL_TEMPLATES[step] },
  ]),
) as Record<RemedialStep, { title: string; advice: string; templateKind: TemplateKind | null }>;
