import { TEMPLATE_KINDS, TEMPLATE_LANGUAGES, type TemplateKind, type TemplateLanguage } from '../../../../shared/outreach/kinds';
import { i18n } from '../../i18n';

/** Each rung in the interface's language; in English named as its English built-in template is (labels.test.ts). */
export const kindLabel = (kind: TemplateKind): string => i18n.t(`templates:kind.${kind}`);

/** The same names as a record, each read in the language of the moment, for code that looks them up by kind. */
export const KIND_LABELS = Object.defineProperties(
  {},
  Object.fromEntries(TEMPLATE_KINDS.map((k) => [k, { get: () => kindLabel(k), enumerable: true }])),
) as Record<TemplateKind, string>;

/** Short labels for the language switch: each language by its own code or name, whatever the interface speaks. */
export const LANGUAGE_SHORT: Record<TemplateLanguage, string> = { en: 'EN', zh: '中文', nl: 'NL' };

export const languageOptions = TEMPLATE_LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_SHORT[l] }));

export type { MessageChannel } from '../../../../shared/schemas';
