import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { TEMPLATE_VARIABLES, type TemplateKind, type TemplateLanguage } from '../../../shared/outreach/kinds';
import { unknownVariables } from '../../../shared/outreach/fill';
import type { Template, TemplateDeleteInput, TemplateListInput, TemplateSaveInput } from '../../../shared/outreach/schemas';
import { BUILT_IN_TEMPLATES } from '../../../shared/outreach/templates';
import { outreachTemplates } from '../../db/schema';
import { type Ctx, nowIso } from '../context';
import { AppError, badField, notFound } from '../errors';
import { returnedRow } from '../../db/returned';
import { problem } from '../../../shared/i18n/problems';

const BUILT_IN: Template[] = BUILT_IN_TEMPLATES.map((t) => ({ ...t, id: `builtin:${t.kind}.${t.language}`, builtIn: true, updatedAt: null }));

function toTemplate(row: typeof outreachTemplates.$inferSelect): Template {
  return {
    id: `user:${row.id}`,
    kind: row.kind as TemplateKind,
    language: row.language as TemplateLanguage,
    name: row.name,
    subject: row.subject,
    body: row.body,
    builtIn: false,
    updatedAt: row.updatedAt,
  };
}

/** Built-in templates first, then the user's own, optionally of one kind or language. */
export function listTemplates(ctx: Ctx, input: z.output<typeof TemplateListInput>): Template[] {
  const own = ctx.db.select().from(outreachTemplates).orderBy(asc(outreachTemplates.name), asc(outreachTemplates.id)).all().map(toTemplate);
  return [...BUILT_IN, ...own].filter((t) => (input.kind === undefined || t.kind === input.kind) && (input.language === undefined || t.language === input.language));
}

export function getTemplate(ctx: Ctx, id: string): Template {
  if (id.startsWith('builtin:')) {
    const found = BUILT_IN.find((t) => t.id === id);
    if (!found) throw new AppError('NOT_FOUND', problem('service.noBuiltin', { id }));
    return found;
  }
  const n = Number(id.slice('user:'.length));
  const row = ctx.db.select().from(outreachTemplates).where(eq(outreachTemplates.id, n)).get();
  if (!row) throw notFound('Template', n);
  return toTemplate(row);
}

/** Saves one of the user's own templates; a placeholder that is not a variable is refused. */
export function saveTemplate(ctx: Ctx, input: z.output<typeof TemplateSaveInput>): Template {
  for (const field of ['subject', 'body'] as const) {
    const unknown = unknownVariables(input[field]);
    if (unknown.length > 0) {
      throw badField([field], problem('service.unknownVariable', { names: unknown.map((v) => `{${v}}`).join(', '), known: TEMPLATE_VARIABLES.map((v) => `{${v}}`).join(', ') }));
    }
  }
  const now = nowIso(ctx);
  const fields = { kind: input.kind, language: input.language, name: input.name, subject: input.subject, body: input.body, updatedAt: now };
  if (input.id === undefined) {
    return toTemplate(returnedRow(ctx.db.insert(outreachTemplates).values({ ...fields, createdAt: now }).returning().all()));
  }
  const [row] = ctx.db.update(outreachTemplates).set(fields).where(eq(outreachTemplates.id, input.id)).returning().all();
  if (!row) throw notFound('Template', input.id);
  return toTemplate(row);
}

export function deleteTemplate(ctx: Ctx, input: z.output<typeof TemplateDeleteInput>): { deleted: true } {
  const result = ctx.db.delete(outreachTemplates).where(eq(outreachTemplates.id, input.id)).run();
  if (result.changes === 0) throw notFound('Template', input.id);
  return { deleted: true };
}
