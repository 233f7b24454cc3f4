import type { TemplateKind, TemplateLanguage } from '../../../../shared/outreach/kinds';
import type { Template } from '../../../../shared/outreach/schemas';

/** The built-in template of a kind in a language, else of that kind in any. */
export function builtInOfKind(kind: TemplateKind, templates: Template[], language: TemplateLanguage): Template | null {
  return templates.find((t) => t.id === `builtin:${kind}.${language}`) ?? templates.find((t) => t.kind === kind && t.builtIn) ?? null;
}
