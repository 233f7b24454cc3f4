import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { parseCount } from '../../../shared/csv/cells';
import type { RowError } from '../../../shared/csv/schemas';
import { CreatorCreateInput } from '../../../shared/schemas';
import type { Ctx } from '../context';
import { createCreator } from '../influencers';
import type { ReadCsv } from './readCsv';
import { problem } from '../../../shared/i18n/problems';
import { spelled } from '../../../shared/i18n/spelled';

export interface CreatorsPlan {
  errors: RowError[];
  creators: z.output<typeof CreatorCreateInput>[];
  sample: Record<string, string>[];
}

/** Which column a schema field's problem belongs to. */
const FIELD_OF_PATH: Record<string, string> = { handles: 'handles', followers: 'followers', region: 'region', timeZone: 'timeZone', language: 'language', email: 'email', name: 'name', notes: 'notes' };

/**
 * Each row checked with the same schema as a creator added by hand. A creator already known by the
 * same name and handles, or listed twice, is a duplicate.
 */
export function planCreators(ctx: Ctx, read: ReadCsv): CreatorsPlan {
  const errors: RowError[] = [...read.errors];
  const col = (field: string) => read.mapping[field] ?? field;
  const known = new Set(ctx.db.all<{ name: string; handles: string }>(sql`SELECT name, handles FROM creators`).map((c) => identity(c.name, JSON.parse(c.handles))));
  const seen = new Map<string, number>();
  const creators: CreatorsPlan['creators'] = [];
  for (const row of read.rows) {
    const v = row.values;
    const fail = (field: string | null, message: string) => errors.push({ line: row.line, column: field === null ? null : col(field), ...spelled(message) });
    const before = errors.length;
    const handles = parseHandles(v, (m) => fail(v.handles ? 'handles' : 'handle', m));
    const followers = parseCount(v.followers ?? '', read.numberFormat);
    if (!followers.ok) fail('followers', followers.message);
    if (errors.length > before) continue;
    const parsed = CreatorCreateInput.safeParse({
      name: v.name ?? '',
      handles,
      followers: followers.ok ? followers.value : null,
      region: v.region || null,
      timeZone: v.timeZone || null,
      language: v.language || null,
      email: v.email || null,
      notes: v.notes ?? '',
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) fail(FIELD_OF_PATH[String(issue.path[0])] ?? null, issue.message);
      continue;
    }
    const id = identity(parsed.data.name, parsed.data.handles);
    const earlier = seen.get(id);
    if (earlier !== undefined) fail(null, problem('service.duplicateCreator', { line: earlier }));
    else if (known.has(id)) fail(null, problem('service.creatorKnown', { name: parsed.data.name }));
    else {
      seen.set(id, row.line);
      creators.push(parsed.data);
    }
  }
  return { errors, creators, sample: read.rows.slice(0, 10).map((r) => r.values) };
}

export function writeCreators(ctx: Ctx, plan: CreatorsPlan): void {
  for (const creator of plan.creators) createCreator(ctx, creator);
}

const identity = (name: string, handles: { platform: string; handle: string }[]) =>
  [name.trim().toLowerCase(), ...handles.map((h) => `${h.platform}:${h.handle.trim().toLowerCase()}`).sort()].join('|');

/** "instagram:@mia; tiktok:@mia.cooks" in one column, or a platform and a handle column. */
function parseHandles(v: Record<string, string>, fail: (message: string) => void): { platform: string; handle: string }[] {
  if (v.handles) {
    return v.handles
      .split(/[;\n]/)
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const at = part.indexOf(':');
        if (at <= 0) fail(problem('service.handleFormat', { text: part }));
        return { platform: part.slice(0, at).trim().toLowerCase(), handle: part.slice(at + 1).trim() };
      });
  }
  if (v.handle) return [{ platform: (v.platform || 'other').toLowerCase(), handle: v.handle }];
  return [];
}
