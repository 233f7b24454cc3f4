import type { TemplateLanguage } from '../outreach/kindSchemas';
import { PLATFORM_LABELS } from '../platforms';
import { type Block, type Clause, type Fact, type Item, lines, missing, paragraph, type Part, type Run, strong } from './content';
import { feeShare, toBasisPoints } from './penalty';
import { dueWords } from './schedule';
import type { ContractTerms, MilestoneTerm } from './terms';
import { type ContractWords, contractWords } from './words';

/*
 * The clauses of the contract, each built from the terms as plain content (see content.ts) in one
 * of the contract's languages: the wording, numbers and money are all decided here, once for every
 * output format. Every language gets the same clauses and sub-clauses in the same order, so two
 * of them can be printed side by side, paragraph by paragraph.
 */

export const filled = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim() !== '';

/** fee × percentage in minor units, rounded exactly as the penalty calculator does. */
const shareOf = (feeMinor: number, pct: number): number => feeShare(feeMinor, toBasisPoints(pct));

const yes = (b: boolean) => (b ? 'yes' : 'no');

interface Ctx {
  t: ContractTerms;
  w: ContractWords;
  money: (minor: number) => string;
}

/** A sub-clause of one paragraph. */
const say = (...parts: Part[]): Item => [paragraph(...parts)];

function partiesClause({ t, w }: Ctx): Clause {
  const p = t.parties;
  return {
    key: 'parties',
    title: w.say('title.parties'),
    items: [
      say(
        ...w.rich(
          'parties.brand',
          { represented: yes(filled(p.brandRepresentative)), representative: p.brandRepresentative },
          { brand: strong(p.brandName) },
        ),
      ),
      say(
        ...w.rich(
          'parties.creator',
          { hasHandle: yes(filled(p.creatorHandle)), handle: p.creatorHandle, hasEmail: yes(filled(p.creatorEmail)), email: p.creatorEmail },
          { creator: strong(p.creatorName) },
        ),
      ),
      say(w.say('parties.purpose')),
    ],
  };
}

function feeClause({ t, w, money }: Ctx): Clause {
  const f = t.fee;
  const items: Item[] = [];
  if (f.feeMinor === 0) {
    items.push(say(...w.rich('fee.gifting', {}, { noFee: strong(w.say('fee.noFee')) })));
  } else {
    items.push(say(...w.rich('fee.fee', {}, { fee: strong(money(f.feeMinor)) })));
    if (f.depositPct >= 100) {
      items.push(say(w.say('fee.fullOnSigning', { days: f.depositDueDays })));
    } else if (f.depositPct > 0) {
      const deposit = shareOf(f.feeMinor, f.depositPct);
      items.push(
        say(...w.rich('fee.deposit', { pct: w.percent(f.depositPct), days: f.depositDueDays }, { deposit: strong(money(deposit)) })),
        say(...w.rich('fee.balance', { days: f.balanceDueDays }, { balance: strong(money(f.feeMinor - deposit)) })),
      );
    } else {
      items.push(say(w.say('fee.due', { days: f.balanceDueDays })));
    }
  }
  const hasProduct = filled(f.products);
  if (hasProduct || f.productValueMinor !== null) {
    const params = {
      listed: yes(hasProduct),
      valued: yes(f.productValueMinor !== null),
      value: f.productValueMinor !== null ? money(f.productValueMinor) : '',
      payer: f.shippingPaidBy,
    };
    items.push(say(...w.rich('fee.product', params, { products: hasProduct ? lines(f.products, { strong: true }) : [] })));
  }
  return { key: 'fee', title: w.say('title.fee'), items };
}

function briefClause({ t, w }: Ctx): Clause {
  const b = t.brief;
  const facts: Fact[] = [];
  if (b.platforms.length > 0) facts.push({ label: w.say('brief.platforms'), value: [{ text: w.list(b.platforms.map((p) => PLATFORM_LABELS[p] ?? p)) }] });
  if (filled(b.format)) facts.push({ label: w.say('brief.format'), value: lines(b.format) });
  if (filled(b.length)) facts.push({ label: w.say('brief.length'), value: lines(b.length) });
  if (filled(b.style)) facts.push({ label: w.say('brief.style'), value: lines(b.style) });
  if (filled(b.brandElements)) facts.push({ label: w.say('brief.brandElements'), value: lines(b.brandElements) });

  const items: Item[] = [];
  if (facts.length > 0) {
    items.push([paragraph(w.say('brief.makes')), { type: 'facts', rows: facts }]);
  }
  if (b.sellingPoints.length > 0) {
    items.push([paragraph(w.say('brief.sellingPoints')), { type: 'bullets', items: b.sellingPoints }]);
  }
  if (b.tags.length > 0) {
    items.push([paragraph(w.say('brief.tags')), { type: 'bullets', items: b.tags }]);
  }
  const market = w.say(`brief.market.${b.disclosureMarket}`);
  const labelled = filled(b.disclosure);
  items.push(say(...w.rich('brief.labelled', { labelled: yes(labelled), market }, { label: labelled ? strong(b.disclosure.trim()) : [] })));
  if (b.exclusive) {
    items.push(say(w.say('brief.exclusive')));
  }
  if (b.minimumLiveDays > 0) {
    items.push(say(w.say('brief.minimumLive', { days: b.minimumLiveDays })));
  }
  return { key: 'brief', title: w.say('title.brief'), items };
}

function communicationClause({ t, w }: Ctx): Clause {
  return { key: 'communication', title: w.say('title.communication'), items: [say(w.say('communication', { hours: t.replySlaHours }))] };
}

function scheduleClause({ t, w }: Ctx): Clause | null {
  if (t.milestones.length === 0) return null;
  const counts = t.lateDelivery.enabled;
  const head = [w.say('schedule.milestone'), w.say('schedule.due')];
  if (counts) head.push(w.say('schedule.counts'));
  const rows = t.milestones.map((m: MilestoneTerm) => {
    const cells = [m.name, dueWords(m, w.language)];
    if (counts) cells.push(w.say(m.deductible ? 'schedule.yes' : 'schedule.no'));
    return cells;
  });
  const table: Block = { type: 'table', head, rows };
  const working = t.milestones.some((m) => m.dayCount === 'working');
  return {
    key: 'schedule',
    title: w.say('title.schedule'),
    items: [[paragraph(w.say('schedule.delivers')), table], say(w.say('schedule.note', { working: yes(working) }))],
  };
}

/** The review window is tracked from a delivered draft, so without a draft milestone it never applies. */
function reviewClause({ t, w }: Ctx): Clause | null {
  if (!t.milestones.some((m) => m.kind === 'draft')) return null;
  const r = t.review;
  const items = [
    say(w.say('review.brand', { days: r.brandReviewDays, count: r.brandReviewDayCount })),
    say(w.say('review.revise', { days: r.revisionDays, count: r.revisionDayCount, rounds: r.includedRounds })),
  ];
  if (r.silenceMeansApproval) {
    items.push(say(w.say('review.silence')));
  }
  if (r.brandReviewDayCount === 'working' || r.revisionDayCount === 'working') {
    items.push(say(w.say('review.workingDays')));
  }
  return { key: 'review', title: w.say('title.review'), items };
}

function lateDeliveryClause({ t, w, money }: Ctx): Clause | null {
  const l = t.lateDelivery;
  const fee = t.fee.feeMinor;
  const title = w.say('title.lateDelivery');
  if (!l.enabled) {
    if (fee !== 0) return null;
    return { key: 'lateDelivery', title, items: [say(w.say('late.gifting'))] };
  }
  const items = [say(w.say('late.counting'))];
  if (fee > 0 && l.deductionPctPerDay > 0) {
    items.unshift(
      say(
        w.say('late.deduction', {
          per: w.percent(l.deductionPctPerDay),
          perDay: money(shareOf(fee, l.deductionPctPerDay)),
          cap: w.percent(l.capPct),
          capAmount: money(shareOf(fee, l.capPct)),
        }),
      ),
    );
  }
  if (l.graceDays > 0) {
    items.push(say(w.say('late.grace', { days: l.graceDays })));
  }
  const deposit = l.recoverDeposit && fee > 0 && t.fee.depositPct > 0;
  const claim = deposit ? (l.recoverProduct ? 'both' : 'deposit') : l.recoverProduct ? 'product' : 'none';
  // The calculator counts the termination threshold on charged days, after the grace days.
  items.push(say(w.say('late.termination', { graced: yes(l.graceDays > 0), days: l.terminationDays, claim })));
  return { key: 'lateDelivery', title, items };
}

function usageClause({ t, w }: Ctx): Clause {
  const u = t.usage;
  const items: Item[] = [say(w.say(u.contentOwner === 'creator' ? 'usage.creatorOwns' : 'usage.brandOwns'))];
  if (u.channels.length > 0) {
    const duration: Run = u.perpetual
      ? { text: w.say('usage.perpetual') }
      : u.licenceDays !== null
        ? { text: w.say('usage.days', { days: u.licenceDays }) }
        : missing(w.say('usage.notAgreed'));
    const facts: Fact[] = [
      { label: w.say('usage.channels'), value: [{ text: w.list(u.channels.map((c) => w.say(`usage.channel.${c}`))) }] },
      { label: w.say('usage.duration'), value: [duration] },
    ];
    if (filled(u.territory)) facts.push({ label: w.say('usage.territory'), value: lines(u.territory) });
    items.push([{ type: 'facts', rows: facts }]);
  } else {
    items.push(say(w.say('usage.noUse')));
  }
  items.push(say(w.say(u.rawFootage ? 'usage.rawFootage' : 'usage.noRawFootage')));
  return { key: 'usage', title: w.say('title.usage'), items };
}

function killFeeClause({ t, w, money }: Ctx): Clause | null {
  const k = t.killFee;
  if (!k.enabled || t.fee.feeMinor === 0) return null;
  return {
    key: 'killFee',
    title: w.say('title.killFee'),
    items: [say(...w.rich('killFee', { pct: w.percent(k.pct) }, { amount: strong(money(shareOf(t.fee.feeMinor, k.pct))) }))],
  };
}

function moralsClause({ t, w }: Ctx): Clause | null {
  const m = t.morals;
  if (!m.enabled) return null;
  const triggers = filled(m.triggers) ? lines(m.triggers) : [missing(w.say('morals.notSpecified'))];
  return {
    key: 'morals',
    title: w.say('title.morals'),
    items: [[paragraph(w.say('morals.conduct')), { type: 'quote', runs: triggers }], say(w.say('morals.cure', { days: m.cureDays }))],
  };
}

function freeTextClause({ t, w }: Ctx, key: keyof ContractTerms['legal']): Clause | null {
  const value = t.legal[key];
  return filled(value) ? { key, title: w.say(`title.${key}`), items: [say(lines(value))] } : null;
}

/** Which language prevails, said in the language of the clause: only a contract in two languages has it. */
function languageClause({ t, w }: Ctx): Clause | null {
  if (t.secondLanguage === null) return null;
  const prevailing = t.prevailing === 'second' ? t.secondLanguage : t.language;
  return {
    key: 'language',
    title: w.say('title.language'),
    items: [say(w.say('language.prevails', { first: t.language, second: t.secondLanguage, prevailing }))],
  };
}

/** Every clause that applies to these terms, in reading order, in one language (the contract's own by default). */
export function buildClauses(terms: ContractTerms, language: TemplateLanguage = terms.language ?? 'en'): Clause[] {
  const w = contractWords(language);
  const ctx: Ctx = { t: terms, w, money: (minor) => w.money(minor, terms.fee.currency) };
  return [
    partiesClause(ctx),
    feeClause(ctx),
    briefClause(ctx),
    communicationClause(ctx),
    scheduleClause(ctx),
    reviewClause(ctx),
    lateDeliveryClause(ctx),
    usageClause(ctx),
    killFeeClause(ctx),
    moralsClause(ctx),
    freeTextClause(ctx, 'termination'),
    freeTextClause(ctx, 'confidentiality'),
    freeTextClause(ctx, 'governingLaw'),
    languageClause(ctx),
  ].filter((c): c is Clause => c !== null);
}

/** The languages a contract is printed in, the first on the left. */
export const contractLanguages = (terms: ContractTerms): TemplateLanguage[] =>
  terms.secondLanguage ? [terms.language, terms.secondLanguage] : [terms.language ?? 'en'];
