import type { TemplateKind, TemplateLanguage } from '../../../../shared/outreach/kinds';
import type { Template } from '../../../../shared/outreach/schemas';

/*
 * Another tab (e.g. a remedial step) can ask the composer to open on a kind of message. The
 * Messages tab mounts only when it is shown, so the wish waits here until it does.
 */
let pending: { collaborationId: number; kind: TemplateKind } | null = null;

export function startComposerWith(collaborationId: number, kind: TemplateKind): void {
  pending = { collaborationId, kind };
}

/** The template asked for this collaboration, if any, in its language; asked once, used once. */
export function takeStartTemplate(collaborationId: number, templates: Template[], language: TemplateLanguage): Template | null {
  if (pending?.collaborationId !== collaborationId) return null;
  const { kind } = pending;
  pending = null;
  return templates.find((t) => t.id === `builtin:${kind}.${language}`) ?? templates.find((t) => t.kind === kind && t.builtIn) ?? null;
}
