import { TEMPLATE_KINDS, TEMPLATE_LANGUAGES, type TemplateKind, type TemplateLanguage } from '../../../../shared/outreach/kinds';
import { CHANNEL_LABELS } from '../../../../shared/eventWords';
import { builtInTemplate } from '../../../../shared/outreach/templates';
import { MESSAGE_CHANNELS, type MessageDirection } from '../../../../shared/schemas';

/** Each rung named as its English built-in template is, so the app and the templates never disagree. */
export const KIND_LABELS = Object.fromEntries(TEMPLATE_KINDS.map((k) => [k, builtInTemplate(k, 'en').name])) as Record<TemplateKind, string>;

export const kindOptions = TEMPLATE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }));

/** Short labels for the language switch, long ones for screen readers and badges' titles. */
export const LANGUAGE_SHORT: Record<TemplateLanguage, string> = { en: 'EN', zh: '中文', nl: 'NL' };
export const LANGUAGE_NAMES: Record<TemplateLanguage, string> = { en: 'English', zh: 'Chinese', nl: 'Dutch' };

export const languageOptions = TEMPLATE_LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_SHORT[l] }));

export { CHANNEL_LABELS, channelLabel } from '../../../../shared/eventWords';

export type { MessageChannel } from '../../../../shared/schemas';

export const channelOptions = MESSAGE_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c].replace(/^./, (ch) => ch.toUpperCase()) }));

export const DIRECTION_LABELS: Record<MessageDirection, string> = { brand_to_creator: 'To the creator', creator_to_brand: 'From the creator' };
