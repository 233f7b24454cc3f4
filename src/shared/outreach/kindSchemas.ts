import { z } from 'zod';
import { TEMPLATE_KINDS, TEMPLATE_LANGUAGES } from './kinds';
import { problem } from '../i18n/problems';

/** Template kind and language as the API takes them; apart from the lists, which the first screen reads without the schema library. */
export const TemplateKind = z.enum(TEMPLATE_KINDS);
export type TemplateKind = z.infer<typeof TemplateKind>;

export const TemplateLanguage = z.enum(TEMPLATE_LANGUAGES, { error: problem('field.templateLanguage') });
export type TemplateLanguage = z.infer<typeof TemplateLanguage>;
