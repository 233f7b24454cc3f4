import { formatMoney } from '../money';
import { PLATFORM_LABELS } from '../platforms';
import { type Block, type Clause, type Fact, type Item, lines, missing, paragraph, type Part, type Run, strong } from './content';
import { feeShare, toBasisPoints } from './penalty';
import { dueWords } from './schedule';
import { type ContractTerms, type DayCount, type MilestoneTerm, USAGE_CHANNEL_LABELS } from './terms';

/*
 * The clauses of the contract, each built from the terms as plain content (see content.ts):
 * the wording, numbers and money are all decided here, once for every output format.
 */

export const LOCALE = 'en-GB';

const MARKET_DISCLOSURE: Record<ContractTerms['brief']['disclosureMarket'], string> = {
  us: 'For the US (FTC rules), the label is placed at the start of the post and of the video, using “#ad” or the platform’s paid-partnership label.',
  uk: 'For the UK (ASA rules), the label is “#ad” at a minimum, placed up front; “#gifted” on its own is not enough.',
  eu: 'For the EU, the label makes the advertising clear at first glance, up front and without the viewer having to click “more”.',
  cn: 'For China, the post is clearly marked as advertising (广告) so viewers can recognise it as an ad.',
  other: 'The label makes the advertising clear at first glance, up front and without the viewer having to click “more”.',
};

export const filled = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim() !== '';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const dayWord = (n: number, count: DayCount): string => plural(n, `${count} day`);

/** "within 7 calendar days of signing", or "on the day of signing" for 0. */
function within(n: number, count: DayCount, of: string): string {
  return n === 0 ? `on the day of ${of}` : `within ${dayWord(n, count)} of ${of}`;
}

/** A percentage with up to two decimals and no trailing zeros, built from whole basis points. */
function formatPercent(pct: number): string {
  const bp = toBasisPoints(pct);
  const whole = Math.trunc(bp / 100);
  const fraction = String(Math.abs(bp % 100)).padStart(2, '0').replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}.${fraction}`;
}

/** fee × percentage in minor units, rounded exactly as the penalty calculator does. */
const shareOf = (feeMinor: number, pct: number): number => feeShare(feeMinor, toBasisPoints(pct));

type Money = (minor: number) => string;

/** A sub-clause of one paragraph. */
const say = (...parts: Part[]): Item => [paragraph(...parts)];

function partiesClause(t: ContractTerms): Clause {
  const p = t.parties;
  const brand: Run[] = [strong(p.brandName)];
  if (filled(p.brandRepresentative)) brand.push({ text: `, represented by ${p.brandRepresentative}` });
  const creator: Run[] = [strong(p.creatorName)];
  if (filled(p.creatorHandle)) creator.push({ text: `, known online as ${p.creatorHandle}` });
  if (filled(p.creatorEmail)) creator.push({ text: `, email ${p.creatorEmail}` });
  return {
    title: 'Parties',
    items: [
      say('The brand: ', brand, ' (“the brand”).'),
      say('The creator: ', creator, ' (“the creator”).'),
      say('This agreement sets out the content the creator makes for the brand, when it is due, what the brand pays and how the content may be used.'),
    ],
  };
}

function feeClause(t: ContractTerms, money: Money): Clause {
  const f = t.fee;
  const items: Item[] = [];
  if (f.feeMinor === 0) {
    items.push(say('This is a product-for-content (gifting) collaboration: ', strong('no fee'), ' is paid. The creator receives the product described below in exchange for the content.'));
  } else {
    items.push(say('The brand pays the creator a fee of ', strong(money(f.feeMinor)), ' for the content described in this agreement.'));
    const publication = f.balanceDueDays === 0 ? 'on the day the content is published' : `within ${dayWord(f.balanceDueDays, 'calendar')} after the content is published`;
    if (f.depositPct >= 100) {
      items.push(say(`The brand pays the full fee ${within(f.depositDueDays, 'calendar', 'signing')}.`));
    } else if (f.depositPct > 0) {
      const deposit = shareOf(f.feeMinor, f.depositPct);
      items.push(
        say(`On signing, a deposit of ${formatPercent(f.depositPct)} % of the fee (`, strong(money(deposit)), `) becomes due; the brand pays it ${within(f.depositDueDays, 'calendar', 'signing')}.`),
        say('The balance of ', strong(money(f.feeMinor - deposit)), ` is due ${publication}.`),
      );
    } else {
      items.push(say(`The fee is due ${publication}.`));
    }
  }
  const hasProduct = filled(f.products);
  if (hasProduct || f.productValueMinor !== null) {
    const what: Part[] = hasProduct ? ['the following product: ', lines(f.products, { strong: true })] : ['the product'];
    const value = f.productValueMinor !== null ? `, with a value of ${money(f.productValueMinor)}` : '';
    items.push(say('The brand sends the creator ', ...what, `${value}. Shipping is paid by the ${f.shippingPaidBy}.`));
  }
  return { title: 'Fee and payment', items };
}

function briefClause(t: ContractTerms): Clause {
  const b = t.brief;
  const facts: Fact[] = [];
  if (b.platforms.length > 0) facts.push({ label: 'Platforms', value: [{ text: b.platforms.map((p) => PLATFORM_LABELS[p] ?? p).join(', ') }] });
  if (filled(b.format)) facts.push({ label: 'Format', value: lines(b.format) });
  if (filled(b.length)) facts.push({ label: 'Length', value: lines(b.length) });
  if (filled(b.style)) facts.push({ label: 'Style', value: lines(b.style) });
  if (filled(b.brandElements)) facts.push({ label: 'Brand elements', value: lines(b.brandElements) });

  const items: Item[] = [];
  if (facts.length > 0) {
    items.push([paragraph('The creator makes the following content:'), { type: 'facts', rows: facts }]);
  }
  if (b.sellingPoints.length > 0) {
    items.push([paragraph('These points must appear in the content:'), { type: 'bullets', items: b.sellingPoints }]);
  }
  if (b.tags.length > 0) {
    items.push([paragraph('The post includes these tags and links:'), { type: 'bullets', items: b.tags }]);
  }
  const label: Part[] = filled(b.disclosure) ? ['with ', strong(b.disclosure.trim())] : ['as advertising'];
  items.push(say('The post is clearly labelled ', ...label, `. ${MARKET_DISCLOSURE[b.disclosureMarket]}`));
  if (b.exclusive) {
    items.push(say('The content is dedicated to this brand only: it features no other brand unless the brand agrees in writing.'));
  }
  if (b.minimumLiveDays > 0) {
    items.push(say(`The creator keeps the post live for at least ${plural(b.minimumLiveDays, 'day')} after publishing and may not delete it, hide it or archive it before then.`));
  }
  return { title: 'Brief and deliverables', items };
}

function communicationClause(t: ContractTerms): Clause {
  return {
    title: 'Communication',
    items: [say(`The creator answers messages from the brand within ${t.replySlaHours} hours.`)],
  };
}

function scheduleClause(t: ContractTerms): Clause | null {
  if (t.milestones.length === 0) return null;
  const counts = t.lateDelivery.enabled;
  const head = ['Milestone', 'Due'];
  if (counts) head.push('Counts towards the late-delivery deduction');
  const rows = t.milestones.map((m: MilestoneTerm) => {
    const cells = [m.name, dueWords(m)];
    if (counts) cells.push(m.deductible ? 'Yes' : 'No');
    return cells;
  });
  const table: Block = { type: 'table', head, rows };
  const items = [[paragraph('The creator delivers the following milestones:'), table]];
  const notes = ['A milestone is due at the end of its due date, in the brand’s time zone.'];
  if (t.milestones.some((m) => m.dayCount === 'working')) {
    notes.push('Working days exclude Saturdays, Sundays and public holidays.');
  }
  items.push(say(notes.join(' ')));
  return { title: 'Schedule', items };
}

/** The review window is tracked from a delivered draft, so without a draft milestone it never applies. */
function reviewClause(t: ContractTerms): Clause | null {
  if (!t.milestones.some((m) => m.kind === 'draft')) return null;
  const r = t.review;
  const rounds =
    r.includedRounds === 0
      ? 'No revision rounds are included; any revision is by agreement.'
      : `${plural(r.includedRounds, 'revision round')} ${r.includedRounds === 1 ? 'is' : 'are'} included; further rounds only by agreement.`;
  const items = [
    say(`The brand reviews each draft and sends its feedback ${within(r.brandReviewDays, r.brandReviewDayCount, 'receiving it')}.`),
    say(`The creator makes the requested changes ${within(r.revisionDays, r.revisionDayCount, 'the feedback')}. ${rounds}`),
  ];
  if (r.silenceMeansApproval) {
    items.push(say('If the brand sends no feedback within the review window, the draft counts as approved.'));
  }
  if (t.review.brandReviewDayCount === 'working' || t.review.revisionDayCount === 'working') {
    items.push(say('Working days exclude Saturdays, Sundays and public holidays.'));
  }
  return { title: 'Review and revisions', items };
}

function lateDeliveryClause(t: ContractTerms, money: Money): Clause | null {
  const l = t.lateDelivery;
  const fee = t.fee.feeMinor;
  if (!l.enabled) {
    if (fee !== 0) return null;
    return { title: 'Late delivery', items: [say('This is a gifting collaboration without a fee, so no deductions apply for late delivery.')] };
  }
  const items = [
    say('Days late are whole calendar days after the due date; a delivery on the due date is not late. Only milestones marked in the schedule as counting towards the deduction count, and the days are counted on the most delayed of them, not added up per milestone.'),
  ];
  if (fee > 0 && l.deductionPctPerDay > 0) {
    const per = formatPercent(l.deductionPctPerDay);
    const cap = formatPercent(l.capPct);
    items.unshift(
      say(`If the creator delivers late, the fee is reduced by ${per} % of the fee for each day late (${money(shareOf(fee, l.deductionPctPerDay))} a day), capped at ${cap} % of the fee (${money(shareOf(fee, l.capPct))}) in total.`),
    );
  }
  if (l.graceDays > 0) {
    items.push(say(`The first ${plural(l.graceDays, 'day')} late ${l.graceDays === 1 ? 'is' : 'are'} not counted.`));
  }
  items.push(say(terminationSentence(t)));
  return { title: 'Late delivery', items };
}

function terminationSentence(t: ContractTerms): string {
  const l = t.lateDelivery;
  const recover: string[] = [];
  if (l.recoverDeposit && t.fee.feeMinor > 0 && t.fee.depositPct > 0) recover.push('the deposit');
  if (l.recoverProduct) recover.push('the product (or its value)');
  // The calculator counts the termination threshold on charged days, after the grace days.
  const from = l.graceDays > 0 ? `Once ${plural(l.terminationDays, 'day')} late have been counted` : `From ${plural(l.terminationDays, 'day')} late`;
  const claim = recover.length > 0 ? ` and claim back ${recover.join(' and ')}` : '';
  return `${from}, the brand may end this agreement in writing${claim}.`;
}

function usageClause(t: ContractTerms): Clause {
  const u = t.usage;
  const items: Item[] = [];
  items.push(
    u.contentOwner === 'creator'
      ? say('The creator owns the content. The creator gives the brand a licence to use it as set out below.')
      : say('Ownership of the content made under this agreement passes to the brand. The agreed use is set out below.'),
  );
  if (u.channels.length > 0) {
    const duration = u.perpetual
      ? { text: 'Perpetual (no end date)' }
      : u.licenceDays !== null
        ? { text: `${plural(u.licenceDays, 'day')} from publication` }
        : missing('Not agreed');
    const facts: Fact[] = [
      { label: 'Channels', value: [{ text: u.channels.map((c) => USAGE_CHANNEL_LABELS[c] ?? c).join(', ') }] },
      { label: 'Duration', value: [duration] },
    ];
    if (filled(u.territory)) facts.push({ label: 'Territory', value: lines(u.territory) });
    items.push([{ type: 'facts', rows: facts }]);
  } else {
    items.push(say('No use of the content by the brand outside the creator’s own post is agreed.'));
  }
  items.push(
    u.rawFootage
      ? say('The creator delivers the raw footage to the brand together with the final content.')
      : say('Raw footage is not included.'),
  );
  return { title: 'Content ownership and usage', items };
}

function killFeeClause(t: ContractTerms, money: Money): Clause | null {
  const k = t.killFee;
  if (!k.enabled || t.fee.feeMinor === 0) return null;
  return {
    title: 'Kill fee',
    items: [
      say(`If the brand cancels the collaboration after the creator has started work, the brand pays ${formatPercent(k.pct)} % of the fee (`, strong(money(shareOf(t.fee.feeMinor, k.pct))), ').'),
    ],
  };
}

function moralsClause(t: ContractTerms): Clause | null {
  const m = t.morals;
  if (!m.enabled) return null;
  const triggers = filled(m.triggers) ? lines(m.triggers) : [missing('Not specified')];
  const cure =
    m.cureDays > 0
      ? `Before ending it, the brand tells the creator in writing and gives them ${plural(m.cureDays, 'day')} to put the matter right, where it can be put right.`
      : 'The brand may do so straight away, by telling the creator in writing.';
  return {
    title: 'Morals clause',
    items: [[paragraph('The brand may end this agreement if the creator engages in the following conduct:'), { type: 'quote', runs: triggers }], say(cure)],
  };
}

function freeTextClause(title: string, value: string): Clause | null {
  return filled(value) ? { title, items: [say(lines(value))] } : null;
}

/** Every clause that applies to these terms, in reading order. */
export function buildClauses(terms: ContractTerms): Clause[] {
  const money: Money = (minor) => formatMoney(minor, terms.fee.currency, LOCALE);
  return [
    partiesClause(terms),
    feeClause(terms, money),
    briefClause(terms),
    communicationClause(terms),
    scheduleClause(terms),
    reviewClause(terms),
    lateDeliveryClause(terms, money),
    usageClause(terms),
    killFeeClause(terms, money),
    moralsClause(terms),
    freeTextClause('Termination', terms.legal.termination),
    freeTextClause('Confidentiality', terms.legal.confidentiality),
    freeTextClause('Governing law', terms.legal.governingLaw),
  ].filter((c): c is Clause => c !== null);
}
