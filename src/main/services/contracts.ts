import { settlePaidDuties } from './payments';
import { createHash } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { presetTerms, type PresetSeed } from '../../shared/contract/presets';
import { renderContractDocx } from '../../shared/contract/docx';
import type { RenderMeta } from '../../shared/contract/frame';
import { renderContract } from '../../shared/contract/render';
import type {
  ContractDocx,
  ContractFinalizeInput,
  ContractPresetInput,
  ContractRenderInput,
  ContractSaveInput,
  ContractState,
  ContractVersion,
  RenderedContract,
} from '../../shared/contract/schemas';
import { ContractTerms, type PresetId } from '../../shared/contract/terms';
import { draftWarnings } from '../../shared/contract/warnings';
import { creatorLocale } from '../../shared/i18n/locales';
import { briefClauseFrom } from '../../shared/brief/contractClause';
import { fileSlug } from '../../shared/fileSlug';
import type { Platform } from '../../shared/platforms';
import type { CollaborationDetail } from '../../shared/schemas';
import { dealChanges, dealOfTerms } from '../../shared/rules/deal';
import { collaborations, contracts, events } from '../db/schema';
import { getCollaboration } from './collaborations';
import { type Ctx, nowIso, type Tx } from './context';
import { AppError } from './errors';
import { appendEvent } from './events';
import { recordOf } from './eventRecord';
import { inForceColumns, syncMilestones } from './deadlines';
import { getSettings } from './settings';
import { briefForContract } from './briefs';
import { problem } from '../../shared/i18n/problems';

type Db = Ctx['db'] | Tx;

function seedFor(ctx: Ctx, collab: CollaborationDetail): PresetSeed {
  const settings = getSettings(ctx);
  const handles = collab.creator.handles;
  return {
    brandName: settings.brandName,
    senderName: settings.senderName,
    creatorName: collab.creator.name,
    creatorHandle: handles[0]?.handle ?? '',
    creatorEmail: collab.creator.email ?? '',
    platforms: [...new Set(handles.map((h) => h.platform))] as Platform[],
    feeMinor: collab.feeMinor,
    currency: collab.currency,
    product: collab.product,
    productValueMinor: collab.productValueMinor,
    creatorRegion: collab.creator.region,
    // The creator reads the contract: in their language when it is one the contract can be written in.
    language: creatorLocale(collab.creator),
  };
}

/**
 * A preset's terms for this collaboration: filled in from the brand settings, and its brief clause
 * from the collaboration's creative brief when it has one, so the brief is not typed twice.
 */
function newTerms(ctx: Ctx, collab: CollaborationDetail, preset: PresetId, seed: PresetSeed = seedFor(ctx, collab)): ContractTerms {
  const terms = presetTerms(preset, seed);
  const brief = briefForContract(ctx, collab.id);
  return brief ? { ...terms, brief: briefClauseFrom(brief, terms.brief) } : terms;
}

/** The preset's terms filled in from the brand settings and this collaboration. */
export function presetForCollaboration(ctx: Ctx, input: z.output<typeof ContractPresetInput>) {
  const collab = getCollaboration(ctx, input.collaborationId);
  const seed = seedFor(ctx, collab);
  return newTerms(ctx, collab, input.preset, input.language ? { ...seed, language: input.language } : seed);
}

function listVersions(db: Db, collaborationId: number): ContractVersion[] {
  return db
    .select({
      eventId: events.id,
      version: sql<number>`json_extract(${events.data}, '$.version')`,
      sha256: sql<string>`json_extract(${events.data}, '$.sha256')`,
      finalizedAt: events.at,
    })
    .from(events)
    .where(and(eq(events.collaborationId, collaborationId), eq(events.type, 'contract.finalized')))
    .orderBy(asc(events.id))
    .all();
}

export function versionData(db: Db, collaborationId: number, version: number) {
  const row = db
    .select()
    .from(events)
    .where(
      and(
        eq(events.collaborationId, collaborationId),
        eq(events.type, 'contract.finalized'),
        sql`json_extract(${events.data}, '$.version') = ${version}`,
      ),
    )
    .get();
  if (!row) throw new AppError('NOT_FOUND', problem('service.noVersion', { version }));
  const { data, at } = recordOf(row, 'contract.finalized');
  return { ...data, finalizedAt: at };
}

// Without a fee it is product for content; with one, the common paid video.
const suggestedPreset = (feeMinor: number): PresetId => (feeMinor > 0 ? 'paid_video' : 'seeding');

// Both come out of ContractTerms, so their keys are in the same order.
const sameTerms = (a: ContractTerms, b: ContractTerms) => JSON.stringify(a) === JSON.stringify(b);

export function getContract(ctx: Ctx, collaborationId: number, db: Db = ctx.db): ContractState {
  const collab = getCollaboration(ctx, collaborationId);
  const row = db.select().from(contracts).where(eq(contracts.collaborationId, collaborationId)).get();
  const versions = listVersions(db, collaborationId);
  const terms = row ? ContractTerms.parse(row.draft) : newTerms(ctx, collab, suggestedPreset(collab.feeMinor));
  const latest = versions.at(-1);
  const finalized = row !== undefined && latest !== undefined && sameTerms(terms, versionData(db, collaborationId, latest.version).terms);
  return {
    collaborationId,
    status: !row ? 'none' : finalized ? 'finalized' : 'draft',
    terms,
    saved: row !== undefined,
    savedAt: row?.savedAt ?? null,
    inForceVersion: row?.inForceVersion ?? null,
    versions,
    warnings: draftWarnings(terms, collab, getSettings(ctx), ctx.clock.now()),
  };
}

function saveDraft(ctx: Ctx, tx: Db, collaborationId: number, terms: ContractTerms): void {
  const savedAt = nowIso(ctx);
  tx.insert(contracts)
    .values({ collaborationId, draft: terms, savedAt })
    .onConflictDoUpdate({ target: contracts.collaborationId, set: { draft: terms, savedAt } })
    .run();
}

/** Saves the editable draft; finalized versions are never touched. */
export function saveContract(ctx: Ctx, input: z.output<typeof ContractSaveInput>): ContractState {
  getCollaboration(ctx, input.collaborationId);
  saveDraft(ctx, ctx.db, input.collaborationId, input.terms);
  return getContract(ctx, input.collaborationId);
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Stores the draft as a new immutable version: terms, rendered HTML and its SHA-256 go into the
 * append-only history, the late-delivery terms take effect and the deadlines are (re)counted.
 */
export function finalizeContract(ctx: Ctx, input: z.output<typeof ContractFinalizeInput>): ContractState {
  const collab = getCollaboration(ctx, input.collaborationId);
  return ctx.db.transaction((tx) => {
    if (input.terms) saveDraft(ctx, tx, collab.id, input.terms);
    const row = tx.select().from(contracts).where(eq(contracts.collaborationId, collab.id)).get();
    if (!row) throw new AppError('CONFLICT', problem('service.noDraft'));
    const terms = ContractTerms.parse(row.draft);
    const latest = listVersions(tx, collab.id).at(-1);
    if (latest && sameTerms(terms, versionData(tx, collab.id, latest.version).terms)) {
      throw new AppError('CONFLICT', problem('service.sameVersion', { version: latest.version }));
    }
    const version = (latest?.version ?? 0) + 1;
    const finalizedAt = nowIso(ctx);
    const html = renderContract(terms, { version, finalizedAt, paper: getSettings(ctx, tx).paper });
    appendEvent(ctx, tx, {
      type: 'contract.finalized',
      collaborationId: collab.id,
      creatorId: collab.creatorId,
      at: finalizedAt,
      data: { version, sha256: sha256(html), terms, html },
    });
    tx.update(contracts)
      .set({ inForceVersion: version, ...inForceColumns(terms) })
      .where(eq(contracts.collaborationId, collab.id))
      .run();
    applyDeal(ctx, tx, collab, version, terms);
    syncMilestones(ctx, tx, collab.id);
    // Money paid before the contract came counts towards the duties it brings.
    settlePaidDuties(ctx, tx, collab.id);
    return getContract(ctx, collab.id, tx);
  });
}

/**
 * The version in force sets the collaboration's deal, in the same transaction as the version
 * itself, so every reader of the collaboration (board, totals, exports, evidence) tells one truth.
 */
function applyDeal(ctx: Ctx, tx: Db, collab: CollaborationDetail, version: number, terms: ContractTerms): void {
  const deal = dealOfTerms(terms);
  const changes = dealChanges(collab, deal);
  if (Object.keys(changes).length === 0) return;
  tx.update(collaborations).set({ ...deal, updatedAt: nowIso(ctx) }).where(eq(collaborations.id, collab.id)).run();
  appendEvent(ctx, tx, { type: 'collaboration.updated', collaborationId: collab.id, creatorId: collab.creatorId, data: { changes, byContractVersion: version } });
}

/** A finalized version exactly as stored (its hash still matches), or the current draft. */
export function renderContractFor(ctx: Ctx, input: z.output<typeof ContractRenderInput>): RenderedContract {
  if (input.version !== undefined) {
    getCollaboration(ctx, input.collaborationId);
    const v = versionData(ctx.db, input.collaborationId, input.version);
    return { html: v.html, version: v.version, sha256: v.sha256 };
  }
  const { terms } = getContract(ctx, input.collaborationId);
  return { html: renderContract(terms, { paper: getSettings(ctx).paper }), version: null, sha256: null };
}

/** The terms and header of the draft, or of a finalized version as stored. */
function docxSource(ctx: Ctx, input: z.output<typeof ContractRenderInput>): { terms: ContractTerms; meta: RenderMeta } {
  const paper = getSettings(ctx).paper;
  if (input.version === undefined) return { terms: getContract(ctx, input.collaborationId).terms, meta: { paper } };
  getCollaboration(ctx, input.collaborationId);
  const v = versionData(ctx.db, input.collaborationId, input.version);
  return { terms: ContractTerms.parse(v.terms), meta: { version: v.version, finalizedAt: v.finalizedAt, paper } };
}

/**
 * The draft or a finalized version as a Word file the creator can mark up. A version is built
 * again from its stored terms and date; its stored HTML stays the record of what was agreed.
 */
export async function contractDocxFor(ctx: Ctx, input: z.output<typeof ContractRenderInput>): Promise<ContractDocx> {
  const { terms, meta } = docxSource(ctx, input);
  const bytes = await renderContractDocx(terms, meta);
  const who = fileSlug(terms.parties.creatorName) || `collaboration-${input.collaborationId}`;
  const which = input.version === undefined ? 'draft' : `v${input.version}`;
  return { filename: `contract-${who}-${which}.docx`, base64: Buffer.from(bytes).toString('base64') };
}
