import { sql } from 'drizzle-orm';
import { parseCount, parseMoney, parseWhen } from '../../../shared/csv/cells';
import type { RowError } from '../../../shared/csv/schemas';
import type { DateOrder } from '../../../shared/csv/dateOrder';
import { beyondViews } from '../../../shared/metrics/sanity';
import { PLATFORM_LABELS } from '../../../shared/platforms';
import { Platform } from '../../../shared/platformSchemas';
import { NEVER_STARTED_SQL } from '../../db/sqlFragments';
import type { Ctx } from '../context';
import { appendEvent } from '../events';
import type { CsvRow, ReadCsv } from './readCsv';
import { problem } from '../../../shared/i18n/problems';
import { spelled } from '../../../shared/i18n/spelled';

const COUNTS = ['views', 'reach', 'likes', 'comments', 'shares', 'saves', 'clicks', 'conversions'] as const;

interface PlannedPost {
  key: string;
  collaborationId: number;
  creatorId: number;
  platform: Platform;
  url: string;
  title: string;
  publishedAt: string | null;
  /** Set once the post exists (or was just created). */
  id: number | null;
}

interface PlannedReading {
  post: PlannedPost;
  capturedAt: string;
  numbers: Record<(typeof COUNTS)[number] | 'costMinor', number | null>;
}

export interface MetricsPlan {
  errors: RowError[];
  readings: PlannedReading[];
  newPosts: number;
  sample: Record<string, string>[];
}

interface Lookup {
  creatorsByKey: Map<string, { id: number; name: string; platform: Platform | null }[]>;
  collaborationOf: Map<number, { id: number; currency: string }>;
  posts: Map<string, number>;
  readings: Set<string>;
}

/**
 * Checks every row and works out where each reading goes: creator → their collaboration (in the
 * campaign, if one was chosen) → the post (by its address, else the one post on that platform
 * without an address, else a new one). Every problem is listed; nothing is written here.
 */
export function planMetrics(ctx: Ctx, read: ReadCsv, campaignId: number | undefined, timeZone: string, dateOrder: DateOrder = 'yyyy-mm-dd'): MetricsPlan {
  const look = lookup(ctx, campaignId);
  const errors: RowError[] = [...read.errors];
  const col = (field: string) => read.mapping[field] ?? field;
  const planned = new Map<string, PlannedPost>();
  const seen = new Map<string, number>();
  const readings: PlannedReading[] = [];
  // A platform export repeats the same few dates on every row; a zone's midnight costs to compute.
  const whenCache = new Map<string, ReturnType<typeof parseWhen>>();
  const when = (raw: string) => {
    let cell = whenCache.get(raw);
    if (cell === undefined) {
      cell = parseWhen(raw, timeZone, dateOrder);
      whenCache.set(raw, cell);
    }
    return cell;
  };
  for (const row of read.rows) {
    const fail = (field: string | null, message: string) => errors.push({ line: row.line, column: field === null ? null : col(field), ...spelled(message) });
    const before = errors.length;
    const creator = resolveCreator(row, look, fail);
    const collab = creator ? look.collaborationOf.get(creator.id) : undefined;
    if (creator && !collab) fail('creator', problem('service.noCollabForNumbers', { name: creator.name, scope: campaignId === undefined ? 'any' : 'campaign' }));
    const capturedAt = when(row.values.capturedAt ?? '');
    if (!capturedAt.ok) fail('capturedAt', capturedAt.message);
    else if (capturedAt.value === null) fail('capturedAt', problem('service.numbersDateMissing'));
    const publishedAt = when(row.values.publishedAt ?? '');
    if (!publishedAt.ok) fail('publishedAt', publishedAt.message);
    const platform = parsePlatform(row.values.platform ?? '');
    if (platform === undefined) fail('platform', problem('service.unknownPlatform', { text: row.values.platform ?? '' }));
    const url = (row.values.url ?? '').trim();
    if (url !== '' && !/^https?:\/\/\S+$/i.test(url)) fail('url', problem('service.notWebAddress', { text: url }));
    const numbers = {} as PlannedReading['numbers'];
    for (const field of COUNTS) {
      const cell = parseCount(row.values[field] ?? '', read.numberFormat);
      if (cell.ok) numbers[field] = cell.value;
      else fail(field, cell.message);
    }
    for (const p of beyondViews(numbers)) fail(p.field, p.message);
    const cost = parseMoney(row.values.cost ?? '', collab?.currency ?? 'EUR', read.numberFormat);
    if (cost.ok) numbers.costMinor = cost.value;
    else fail('cost', cost.message);
    if (errors.length > before || !creator || !collab || !capturedAt.ok || capturedAt.value === null) continue;
    if (Object.values(numbers).every((v) => v === null)) {
      fail(null, problem('service.rowNoNumbers'));
      continue;
    }

    const postPlatform = platform ?? creator.platform ?? 'other';
    const key = url !== '' ? `${collab.id}|url|${url}` : `${collab.id}|platform|${postPlatform}`;
    let post = planned.get(key);
    if (!post) {
      post = {
        key,
        collaborationId: collab.id,
        creatorId: creator.id,
        platform: postPlatform,
        url,
        title: (row.values.title ?? '').slice(0, 200),
        publishedAt: publishedAt.ok ? publishedAt.value : null,
        id: look.posts.get(key) ?? null,
      };
      planned.set(key, post);
    }
    const readingKey = `${key}|${capturedAt.value}`;
    const earlier = seen.get(readingKey);
    if (earlier !== undefined) fail(null, problem('service.duplicateReading', { line: earlier }));
    else if (post.id !== null && look.readings.has(`${post.id}|${capturedAt.value}`)) fail(null, problem('service.readingImported'));
    else {
      seen.set(readingKey, row.line);
      readings.push({ post, capturedAt: capturedAt.value, numbers });
    }
  }
  const sample = read.rows.slice(0, 10).map((r) => r.values);
  return { errors, readings, newPosts: [...planned.values()].filter((p) => p.id === null).length, sample };
}

/** Writes a checked plan in one transaction (the caller's), with one event per collaboration. */
export function writeMetrics(ctx: Ctx, plan: MetricsPlan, now: string): void {
  const sqlite = ctx.db.$client;
  const addPost = sqlite.prepare('INSERT INTO deliverables (collaboration_id, platform, url, title, published_at, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const addReading = sqlite.prepare(
    `INSERT INTO metric_snapshots (deliverable_id, captured_at, views, reach, likes, comments, shares, saves, clicks, conversions, cost_minor, source)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'csv')`,
  );
  const perCollaboration = new Map<number, { creatorId: number; rows: number; newPosts: number }>();
  for (const r of plan.readings) {
    const tally = perCollaboration.get(r.post.collaborationId) ?? { creatorId: r.post.creatorId, rows: 0, newPosts: 0 };
    if (r.post.id === null) {
      r.post.id = Number(addPost.run(r.post.collaborationId, r.post.platform, r.post.url, r.post.title, r.post.publishedAt, now).lastInsertRowid);
      tally.newPosts += 1;
    }
    const n = r.numbers;
    addReading.run(r.post.id, r.capturedAt, n.views, n.reach, n.likes, n.comments, n.shares, n.saves, n.clicks, n.conversions, n.costMinor);
    tally.rows += 1;
    perCollaboration.set(r.post.collaborationId, tally);
  }
  for (const [collaborationId, t] of perCollaboration) {
    appendEvent(ctx, ctx.db, { type: 'metrics.imported', collaborationId, creatorId: t.creatorId, data: { rows: t.rows, newPosts: t.newPosts } });
  }
}

function resolveCreator(row: CsvRow, look: Lookup, fail: (field: string, message: string) => void) {
  const raw = (row.values.creator ?? '').trim();
  if (raw === '') {
    fail('creator', problem('service.creatorMissing'));
    return null;
  }
  const found = look.creatorsByKey.get(creatorKey(raw)) ?? [];
  const unique = [...new Map(found.map((c) => [c.id, c])).values()];
  if (unique.length === 0) fail('creator', problem('service.noCreatorCalled', { text: raw }));
  else if (unique.length > 1) fail('creator', problem('service.manyCreators', { text: raw, count: unique.length }));
  return unique.length === 1 ? unique[0]! : null;
}

const creatorKey = (text: string) => text.trim().toLowerCase().replace(/^@/, '');

function parsePlatform(raw: string): Platform | null | undefined {
  const text = raw.trim().toLowerCase();
  if (text === '') return null;
  const direct = Platform.safeParse(text);
  if (direct.success) return direct.data;
  const byLabel = Object.entries(PLATFORM_LABELS).find(([, label]) => label.toLowerCase() === text);
  return byLabel ? (byLabel[0] as Platform) : undefined;
}

function lookup(ctx: Ctx, campaignId: number | undefined): Lookup {
  const creatorsByKey = new Map<string, { id: number; name: string; platform: Platform | null }[]>();
  const add = (key: string, c: { id: number; name: string; platform: Platform | null }) => {
    if (key === '') return;
    const list = creatorsByKey.get(key) ?? [];
    list.push(c);
    creatorsByKey.set(key, list);
  };
  for (const c of ctx.db.all<{ id: number; name: string; handles: string }>(sql`SELECT id, name, handles FROM creators WHERE visibility IN ('shown', 'archived')`)) {
    const handles = JSON.parse(c.handles) as { platform: Platform; handle: string }[];
    const creator = { id: c.id, name: c.name, platform: handles[0]?.platform ?? null };
    add(creatorKey(c.name), creator);
    for (const h of handles) add(creatorKey(h.handle), creator);
  }
  // Each creator's collaboration in the campaign (the newest, if several), declined ones aside.
  const collaborationOf = new Map<number, { id: number; currency: string }>();
  const inScope = campaignId === undefined ? sql`1` : sql`campaign_id = ${campaignId}`;
  for (const c of ctx.db.all<{ id: number; creatorId: number; currency: string }>(sql`
    SELECT id, creator_id AS creatorId, currency FROM collaborations
    WHERE stage NOT IN ${sql.raw(NEVER_STARTED_SQL)} AND visibility IN ('shown', 'archived') AND ${inScope} ORDER BY id`)) {
    collaborationOf.set(c.creatorId, { id: c.id, currency: c.currency });
  }
  const posts = new Map<string, number>();
  for (const d of ctx.db.all<{ id: number; collaborationId: number; platform: string; url: string }>(sql`
    SELECT id, collaboration_id AS collaborationId, platform, url FROM deliverables ORDER BY id`)) {
    const key = d.url !== '' ? `${d.collaborationId}|url|${d.url}` : `${d.collaborationId}|platform|${d.platform}`;
    if (!posts.has(key)) posts.set(key, d.id);
  }
  const readings = new Set(ctx.db.all<{ k: string }>(sql`SELECT deliverable_id || '|' || captured_at AS k FROM metric_snapshots`).map((r) => r.k));
  return { creatorsByKey, collaborationOf, posts, readings };
}
