import { and, asc, eq, lte } from 'drizzle-orm';
import type { z } from 'zod';
import type { EvidenceDocument, EvidenceInput, EvidencePack } from '../../../shared/accountability/schemas';
import { chainStatement, renderEvidence } from '../../../shared/accountability/evidenceHtml';
import { deductionWords, describeEvent } from '../../../shared/eventWords';
import { verifyChain } from '../../db/eventChain';
import { events } from '../../db/schema';
import { getCollaboration } from '../collaborations';
import { type Ctx, nowIso } from '../context';
import { getContract } from '../contracts';
import { toEventRecord } from '../eventRecord';
import { listDeadlines } from '../deadlineList';
import { inForceTerms } from '../deadlines';
import { getSettings } from '../settings';
import { listDisputes } from './disputes';
import { listRatings } from './ratings';
import { listStrikes } from './strikes';
import { OWN_DEADLINE_VERSION } from '../../../shared/rules/ownDeadlines';
import { listAmendments } from '../amendments';
import { amendmentDetail, amendmentTitle } from '../../../shared/amendments/words';
import { intlTag, translator } from '../../../shared/i18n/createI18n';
import type { Locale } from '../../../shared/i18n/locales';
import { brandLocale } from '../brandLocale';

/** Everything about one collaboration that could matter in a dispute, as of an instant. */
export function evidencePack(ctx: Ctx, input: z.output<typeof EvidenceInput>): EvidencePack {
  const collab = getCollaboration(ctx, input.collaborationId);
  const asOf = input.asOf ? new Date(input.asOf).toISOString() : nowIso(ctx);
  const settings = getSettings(ctx);
  const contract = getContract(ctx, collab.id);
  const inForce = contract.versions.find((v) => v.version === contract.inForceVersion) ?? null;
  const { deadlines, penalties } = listDeadlines(ctx, { collaborationId: collab.id, asOf, openOnly: false });
  const penalty = penalties[0] ?? null;
  // The brand reads the pack: in the language the page asked for, else the one chosen in Settings.
  const locale = input.language ?? brandLocale(ctx);
  const t = translator(locale);
  const tag = intlTag(locale);
  // The parties are the ones the contract in force names; Settings speak only before there is one.
  const parties = inForceTerms(ctx.db, collab.id)?.terms.parties ?? null;
  return {
    generatedAt: nowIso(ctx),
    asOf,
    timeZone: settings.timeZone,
    brand: parties
      ? { name: parties.brandName, sender: parties.brandRepresentative || settings.senderName }
      : { name: settings.brandName, sender: settings.senderName },
    creator: {
      id: collab.creator.id,
      name: parties?.creatorName ?? collab.creator.name,
      handles: collab.creator.handles.map((h) => `${h.platform} ${h.handle}`),
      email: parties?.creatorEmail || collab.creator.email,
    },
    collaboration: {
      id: collab.id,
      stage: collab.stage,
      campaign: collab.campaign?.name ?? null,
      product: collab.product,
      feeMinor: collab.feeMinor,
      currency: collab.currency,
      signedOn: collab.signedOn,
      productReceivedOn: collab.productReceivedOn,
    },
    contract: inForce ? { version: inForce.version, finalizedAt: inForce.finalizedAt, sha256: inForce.sha256 } : null,
    milestones: deadlines
      // Without a contract, the dates agreed by message are the deadlines (rules/ownDeadlines).
      .filter((d) => d.contractVersion === (contract.inForceVersion ?? OWN_DEADLINE_VERSION))
      .map((d) => ({ key: d.key, name: d.name, party: d.party, dueDate: d.dueDate, originalDueDate: d.originalDueDate, deliveredOn: d.deliveredOn, daysLate: d.daysLate, status: d.status, superseded: d.superseded })),
    penalty: penalty && {
      daysLate: penalty.daysLate,
      daysCharged: penalty.daysCharged,
      perDayMinor: penalty.perDayMinor,
      capMinor: penalty.capMinor,
      computedMinor: penalty.computedMinor,
      waivedMinor: penalty.waivedMinor,
      deductionMinor: penalty.deductionMinor,
      capReached: penalty.capReached,
      terminationAvailable: penalty.terminationAvailable,
      explanation: deductionWords(penalty, penalty.currency, t, tag),
    },
    amendments: listAmendments(ctx, { collaborationId: collab.id })
      .filter((a) => a.inForce && a.recordedAt <= asOf)
      .map((a) => ({ agreedOn: a.facts.agreedOn, title: amendmentTitle(a.facts, t, tag), detail: amendmentDetail(a.facts, t, tag) })),
    events: eventsOf(ctx.db, collab.id, asOf, locale),
    strikes: listStrikes(ctx, { collaborationId: collab.id }),
    ratings: listRatings(ctx, { collaborationId: collab.id }),
    disputes: listDisputes(ctx, { collaborationId: collab.id }),
    chain: verifyChain(ctx.db.$client),
    chainStatement: chainStatement(locale),
  };
}

export function evidenceDocument(ctx: Ctx, input: z.output<typeof EvidenceInput>): EvidenceDocument {
  const locale = input.language ?? brandLocale(ctx);
  const pack = evidencePack(ctx, { ...input, language: locale });
  return { filename: `evidence-${pack.collaboration.id}-${pack.asOf.slice(0, 10)}.pdf`, html: renderEvidence(pack, getSettings(ctx).paper, locale) };
}

/** Oldest first, with each event's seal, up to the moment the pack is drawn up for. */
function eventsOf(db: Ctx['db'], collaborationId: number, asOf: string, locale: Locale): EvidencePack['events'] {
  return db
    .select()
    .from(events)
    .where(and(eq(events.collaborationId, collaborationId), lte(events.recordedAt, asOf)))
    .orderBy(asc(events.at), asc(events.id))
    .all()
    .map((row) => {
      const event = toEventRecord(row);
      const words = describeEvent(event, translator(locale), intlTag(locale));
      return { id: event.id, at: event.at, recordedAt: event.recordedAt, type: event.type, summary: words.detail ? `${words.title} — ${words.detail}` : words.title, data: event.data, hash: row.hash };
    });
}
