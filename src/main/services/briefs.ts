import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { BriefDate, BriefDocument, BriefDocx, BriefGetInput, BriefMaterial, BriefRenderInput, BriefSaveInput, BriefState } from '../../shared/brief/apiSchemas';
import { renderBriefDocx } from '../../shared/brief/briefDocx';
import { renderBrief } from '../../shared/brief/briefHtml';
import { briefWarnings } from '../../shared/brief/check';
import type { BriefFacts } from '../../shared/brief/document';
import { effectiveBrief, keptOverride, overriddenFields } from '../../shared/brief/merge';
import { BriefContent, BriefOverride } from '../../shared/brief/schemas';
import type { DeadlineKind } from '../../shared/contract/schedule';
import { dateInZone } from '../../shared/dates';
import { fileSlug } from '../../shared/fileSlug';
import { problem } from '../../shared/i18n/problems';
import { creatorLocale, type Locale } from '../../shared/i18n/locales';
import { isReminderOnly } from '../../shared/rules/deadlineKinds';
import type { CollaborationDetail } from '../../shared/schemas';
import { briefs, materials, milestones } from '../db/schema';
import { getCampaign } from './campaigns';
import { getCollaboration } from './collaborations';
import { type Ctx, nowIso, type Tx } from './context';
import { badField } from './errors';
import { getSettings } from './settings';

/*
 * The creative brief: one per campaign, and per collaboration only the fields it sets itself. The
 * creator gets the two merged, with their own dates (the contract's in force, else the
 * collaboration's own) and the campaign's materials listed.
 */

type Db = Ctx['db'] | Tx;
type Row = typeof briefs.$inferSelect;

const campaignRow = (db: Db, campaignId: number): Row | undefined => db.select().from(briefs).where(eq(briefs.campaignId, campaignId)).get();
const collaborationRow = (db: Db, collaborationId: number): Row | undefined => db.select().from(briefs).where(eq(briefs.collaborationId, collaborationId)).get();

/** A stored campaign brief, whole: a field added after it was saved reads as empty. */
const contentOf = (row: Row | undefined): BriefContent => BriefContent.parse(row?.content ?? {});
const overrideOf = (row: Row | undefined): BriefOverride => BriefOverride.parse(row?.content ?? {});

/** The campaign's materials kit as the brief lists it: what is still in it, in the order it was added. */
function materialsOf(db: Db, campaignId: number | null): BriefMaterial[] {
  if (campaignId === null) return [];
  return db
    .select({ id: materials.id, name: materials.name, kind: materials.kind })
    .from(materials)
    .where(and(eq(materials.campaignId, campaignId), isNull(materials.removedAt)))
    .orderBy(asc(materials.id))
    .all();
}

/** The creator's own dates, as the deadlines stand now (the contract in force, else the collaboration's own). */
function datesOf(db: Db, collaborationId: number): BriefDate[] {
  return db
    .select()
    .from(milestones)
    .where(and(eq(milestones.collaborationId, collaborationId), eq(milestones.party, 'creator')))
    .orderBy(asc(milestones.sort))
    .all()
    .filter((m) => !isReminderOnly(m.kind))
    .map((m) => ({ key: m.key, name: m.name, kind: m.kind as DeadlineKind, dueDate: m.dueDate, basis: m.basis, deliveredOn: m.deliveredOn }));
}

interface Resolved {
  collab: CollaborationDetail;
  campaign: BriefContent | null;
  override: BriefOverride;
  rows: { campaign: Row | undefined; own: Row | undefined };
}

function resolve(ctx: Ctx, collaborationId: number, db: Db = ctx.db): Resolved {
  const collab = getCollaboration(ctx, collaborationId);
  const campaign = collab.campaignId === null ? undefined : campaignRow(db, collab.campaignId);
  const own = collaborationRow(db, collaborationId);
  return { collab, campaign: collab.campaignId === null ? null : contentOf(campaign), override: overrideOf(own), rows: { campaign, own } };
}

const latest = (...rows: (Row | undefined)[]): string | null =>
  rows.reduce<string | null>((max, r) => (r && (max === null || r.updatedAt > max) ? r.updatedAt : max), null);

function collaborationState(ctx: Ctx, collaborationId: number, db: Db = ctx.db): BriefState {
  const { collab, campaign, override, rows } = resolve(ctx, collaborationId, db);
  const effective = effectiveBrief(campaign, override);
  const dates = datesOf(db, collaborationId);
  return {
    campaignId: collab.campaignId,
    collaborationId,
    campaign,
    override,
    effective,
    overridden: overriddenFields(override),
    saved: rows.campaign !== undefined || rows.own !== undefined,
    updatedAt: latest(rows.campaign, rows.own),
    dates,
    materials: materialsOf(db, collab.campaignId),
    creatorRegion: collab.creator.region,
    language: creatorLocale(collab.creator),
    warnings: briefWarnings(effective, { dates, creatorRegion: collab.creator.region }),
  };
}

function campaignState(ctx: Ctx, campaignId: number, db: Db = ctx.db): BriefState {
  getCampaign(ctx, campaignId);
  const row = campaignRow(db, campaignId);
  const content = contentOf(row);
  return {
    campaignId,
    collaborationId: null,
    campaign: content,
    override: null,
    effective: content,
    overridden: [],
    saved: row !== undefined,
    updatedAt: row?.updatedAt ?? null,
    dates: null,
    materials: materialsOf(db, campaignId),
    creatorRegion: null,
    language: null,
    // A campaign has no creator, so no dates: those are checked on each collaboration's brief.
    warnings: briefWarnings(content, { dates: null, creatorRegion: null }),
  };
}

export function getBrief(ctx: Ctx, input: z.output<typeof BriefGetInput>): BriefState {
  return input.campaignId !== undefined ? campaignState(ctx, input.campaignId) : collaborationState(ctx, input.collaborationId!);
}

/**
 * A campaign's brief is replaced whole. A collaboration keeps only the fields that differ from its
 * campaign's brief; with none left it has no brief of its own.
 */
export function saveBrief(ctx: Ctx, input: z.output<typeof BriefSaveInput>): BriefState {
  const now = nowIso(ctx);
  if (input.campaignId !== undefined) {
    const campaignId = input.campaignId;
    getCampaign(ctx, campaignId);
    const content = input.content!;
    ctx.db
      .insert(briefs)
      .values({ campaignId, content, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: briefs.campaignId, set: { content, updatedAt: now } })
      .run();
    return campaignState(ctx, campaignId);
  }
  const collaborationId = input.collaborationId!;
  const { campaign, rows } = resolve(ctx, collaborationId);
  const kept = keptOverride(campaign, input.override!);
  if (Object.keys(kept).length === 0) {
    if (rows.own) ctx.db.delete(briefs).where(eq(briefs.id, rows.own.id)).run();
  } else {
    ctx.db
      .insert(briefs)
      .values({ collaborationId, content: kept, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: briefs.collaborationId, set: { content: kept, updatedAt: now } })
      .run();
  }
  return collaborationState(ctx, collaborationId);
}

/**
 * The brief a new contract's brief clause starts from: the collaboration's effective brief, or
 * null when neither its campaign nor the collaboration has one saved.
 */
export function briefForContract(ctx: Ctx, collaborationId: number): BriefContent | null {
  const { campaign, override, rows } = resolve(ctx, collaborationId);
  return rows.campaign === undefined && rows.own === undefined ? null : effectiveBrief(campaign, override);
}

interface Document {
  facts: BriefFacts;
  languages: [Locale, Locale?];
  paper: 'A4' | 'Letter';
  filename: (extension: string) => string;
}

function documentOf(ctx: Ctx, input: z.output<typeof BriefRenderInput>): Document {
  const state = collaborationState(ctx, input.collaborationId);
  const { collab } = resolve(ctx, input.collaborationId);
  const settings = getSettings(ctx);
  // The creator reads it: in their language unless another is asked for.
  const language = input.language ?? state.language ?? 'en';
  const second = input.secondLanguage ?? undefined;
  if (second === language) throw badField(['secondLanguage'], problem('brief.sameSecondLanguage'));
  const drawnUp = dateInZone(ctx.clock.now(), settings.timeZone);
  const who = fileSlug(collab.creator.name) || `collaboration-${collab.id}`;
  return {
    facts: {
      brief: state.effective,
      product: state.effective.product.trim() === '' ? collab.product : state.effective.product,
      creatorName: collab.creator.name,
      brandName: settings.brandName,
      campaignName: collab.campaign?.name ?? null,
      dates: state.dates ?? [],
      materials: state.materials,
      drawnUp,
    },
    languages: second ? [language, second] : [language],
    paper: settings.paper,
    filename: (extension) => `brief-${who}-${drawnUp}.${extension}`,
  };
}

/** The one-page brief as printable HTML (print it, or save it as PDF). */
export function renderBriefFor(ctx: Ctx, input: z.output<typeof BriefRenderInput>): BriefDocument {
  const doc = documentOf(ctx, input);
  return { filename: doc.filename('pdf'), html: renderBrief(doc.facts, doc.languages, doc.paper) };
}

/** The same brief as a Word file the brand can adjust before sending. */
export async function briefDocxFor(ctx: Ctx, input: z.output<typeof BriefRenderInput>): Promise<BriefDocx> {
  const doc = documentOf(ctx, input);
  const bytes = await renderBriefDocx(doc.facts, doc.languages, doc.paper);
  return { filename: doc.filename('docx'), base64: Buffer.from(bytes).toString('base64') };
}
