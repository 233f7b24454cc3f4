import type { BuiltInTemplate, TemplateKind, TemplateLanguage } from '../kinds';
import { EN_TEMPLATES } from './en';
import { NL_TEMPLATES } from './nl';
import { ZH_TEMPLATES } from './zh';

export { EN_TEMPLATES, NL_TEMPLATES, ZH_TEMPLATES };

/** Every built-in template: each kind once per language (English, Chinese, Dutch). */
export const BUILT_IN_TEMPLATES: BuiltInTemplate[] = [...EN_TEMPLATES, ...ZH_TEMPLATES, ...NL_TEMPLATES];

const byKey = new Map<string, BuiltInTemplate>(BUILT_IN_TEMPLATES.map((t) => [`${t.language}:${t.kind}`, t]));

/** The built-in template for a kind in a language. */
export function builtInTemplate(kind: TemplateKind, language: TemplateLanguage): BuiltInTemplate {
  const found = byKey.get(`${language}:${kind}`);
  if (!found) throw new Error(`No built-in template for ${kind} in ${language}`);
  return found;
}
