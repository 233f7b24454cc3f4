import type { TemplateKind } from '../outreach/kinds';
import type { RemedialStep } from './schemas';

/**
 * The remedial plan for a collaboration that falls short (DOMAIN "Performance"), gentlest first:
 * talk, look at the numbers together, help, restate what the campaign needs, change how it is
 * paid, and only last end it politely. Each step names the message template that fits, if any.
 */
export const REMEDIAL_GUIDE: Record<RemedialStep, { title: string; advice: string; templateKind: TemplateKind | null }> = {
  talk: {
    title: 'Talk first',
    advice: 'Ask how it is going before anything else: reach can dip for reasons outside their control.',
    templateKind: 'caring_inquiry',
  },
  share_numbers: {
    title: 'Share the numbers',
    advice: 'Show the figures next to the targets, calmly, and ask what they make of them.',
    templateKind: null,
  },
  more_material: {
    title: 'Offer more material',
    advice: 'Product shots, talking points, a call with the team: whatever would make the next post easier.',
    templateKind: 'support_offer',
  },
  new_schedule: {
    title: 'Agree a new schedule',
    advice: 'Move the remaining posts to times their audience is around, in writing.',
    templateKind: 'new_schedule',
  },
  restate_goals: {
    title: 'Restate the goals',
    advice: 'Say again what the campaign needs (views, clicks, sign-ups) and why.',
    templateKind: 'restate_goals',
  },
  performance_pay: {
    title: 'Adjust terms to performance',
    advice: 'Offer a lower fixed fee with a bonus per conversion or per 1,000 views above target.',
    templateKind: null,
  },
  end_politely: {
    title: 'End politely',
    advice: 'Only when nothing else worked: thank them, settle what is owed, and part on good terms.',
    templateKind: 'polite_ending',
  },
};
