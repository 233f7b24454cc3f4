import { escapeHtml as esc } from '../html';
import { PLATFORM_LABELS } from '../platforms';
import { feeShare, toBasisPoints } from './penalty';
import { ANCHOR_PHRASES, describeOffset } from './schedule';
import { type ContractTerms, type DayCount, type MilestoneTerm, USAGE_CHANNEL_LABELS } from './terms';

/*
 * The clauses of the printable contract, each built from the terms as already-safe HTML: every
 * user-entered string goes through `esc` (or `text`), numbers and money are formatted here.
 */

export const LOCALE = 'en-GB';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const MARKET_DISCLOSURE: Record<ContractTerms['brief']['disclosureMarket'], string> = {
  us: 'For the US (FTC rules), the label is placed at the start of the post and of the video, using “#ad” or the platform’s paid-partnership label.',
  uk: 'For the UK (ASA rules), the label is “#ad” at a minimum, placed up front; “#gifted” on its own is not enough.',
  eu: 'For the EU, the label makes the advertising clear at first glance, up front and without the viewer having to click “more”.',
  cn: 'For China, the post is clearly marked as advertising (广告) so viewers can recognise it as an ad.',
  other: 'The label makes the advertising clear at first glance, up front and without the viewer having to click “more”.',
};

/** Free text for a paragraph: escaped, with the user's line breaks kept. */
function text(value: string): string {
  return esc(value.trim()).replace(/\r\n?|\n/g, '<br>');
}

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

/** "23 November 2026", read in UTC so the viewer's zone never moves the date. */
export function formatFinalizedDate(instant: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return esc(instant);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export interface Clause {
  title: string;
  /** Sub-clauses, each already-safe HTML. */
  items: string[];
}

export type Money = (minor: number) => string;

function partiesClause(t: ContractTerms): Clause {
  const p = t.parties;
  const brand = [`<strong>${esc(p.brandName)}</strong>`];
  if (filled(p.brandRepresentative)) brand.push(`, represented by ${esc(p.brandRepresentative)}`);
  const creator = [`<strong>${esc(p.creatorName)}</strong>`];
  if (filled(p.creatorHandle)) creator.push(`, known online as ${esc(p.creatorHandle)}`);
  if (filled(p.creatorEmail)) creator.push(`, email ${esc(p.creatorEmail)}`);
  return {
    title: 'Parties',
    items: [
      `<p>The brand: ${brand.join('')} (“the brand”).</p>`,
      `<p>The creator: ${creator.join('')} (“the creator”).</p>`,
      '<p>This agreement sets out the content the creator makes for the brand, when it is due, what the brand pays and how the content may be used.</p>',
    ],
  };
}

function feeClause(t: ContractTerms, money: Money): Clause {
  const f = t.fee;
  const items: string[] = [];
  if (f.feeMinor === 0) {
    items.push('<p>This is a product-for-content (gifting) collaboration: <strong>no fee</strong> is paid. The creator receives the product described below in exchange for the content.</p>');
  } else {
    items.push(`<p>The brand pays the creator a fee of <strong>${money(f.feeMinor)}</strong> for the content described in this agreement.</p>`);
    const publication = f.balanceDueDays === 0 ? 'on the day the content is published' : `within ${dayWord(f.balanceDueDays, 'calendar')} after the content is published`;
    if (f.depositPct >= 100) {
      items.push(`<p>The brand pays the full fee ${within(f.depositDueDays, 'calendar', 'signing')}.</p>`);
    } else if (f.depositPct > 0) {
      const deposit = shareOf(f.feeMinor, f.depositPct);
      items.push(
        `<p>On signing, a deposit of ${formatPercent(f.depositPct)} % of the fee (<strong>${money(deposit)}</strong>) becomes due; the brand pays it ${within(f.depositDueDays, 'calendar', 'signing')}.</p>`,
        `<p>The balance of <strong>${money(f.feeMinor - deposit)}</strong> is due ${publication}.</p>`,
      );
    } else {
      items.push(`<p>The fee is due ${publication}.</p>`);
    }
  }
  const hasProduct = filled(f.products);
  if (hasProduct || f.productValueMinor !== null) {
    const what = hasProduct ? `the following product: <strong>${text(f.products)}</strong>` : 'the product';
    const value = f.productValueMinor !== null ? `, with a value of ${money(f.productValueMinor)}` : '';
    items.push(`<p>The brand sends the creator ${what}${value}. Shipping is paid by the ${f.shippingPaidBy}.</p>`);
  }
  return { title: 'Fee and payment', items };
}

function briefClause(t: ContractTerms): Clause {
  const b = t.brief;
  const facts: [string, string][] = [];
  if (b.platforms.length > 0) facts.push(['Platforms', b.platforms.map((p) => esc(PLATFORM_LABELS[p] ?? p)).join(', ')]);
  if (filled(b.format)) facts.push(['Format', text(b.format)]);
  if (filled(b.length)) facts.push(['Length', text(b.length)]);
  if (filled(b.style)) facts.push(['Style', text(b.style)]);
  if (filled(b.brandElements)) facts.push(['Brand elements', text(b.brandElements)]);

  const items: string[] = [];
  if (facts.length > 0) {
    items.push(`<p>The creator makes the following content:</p>${definitionList(facts)}`);
  }
  if (b.sellingPoints.length > 0) {
    items.push(`<p>These points must appear in the content:</p>${bulletList(b.sellingPoints)}`);
  }
  if (b.tags.length > 0) {
    items.push(`<p>The post includes these tags and links:</p>${bulletList(b.tags)}`);
  }
  const label = filled(b.disclosure) ? `with <strong>${esc(b.disclosure.trim())}</strong>` : 'as advertising';
  items.push(`<p>The post is clearly labelled ${label}. ${MARKET_DISCLOSURE[b.disclosureMarket]}</p>`);
  if (b.exclusive) {
    items.push('<p>The content is dedicated to this brand only: it features no other brand unless the brand agrees in writing.</p>');
  }
  if (b.minimumLiveDays > 0) {
    items.push(`<p>The creator keeps the post live for at least ${plural(b.minimumLiveDays, 'day')} after publishing and may not delete it, hide it or archive it before then.</p>`);
  }
  return { title: 'Brief and deliverables', items };
}

function communicationClause(t: ContractTerms): Clause {
  return {
    title: 'Communication',
    items: [`<p>The creator answers messages from the brand within ${t.replySlaHours} hours.</p>`],
  };
}

function scheduleClause(t: ContractTerms): Clause | null {
  if (t.milestones.length === 0) return null;
  const counts = t.lateDelivery.enabled;
  const head = ['Milestone', 'Due'];
  if (counts) head.push('Counts towards the late-delivery deduction');
  const rows = t.milestones.map((m: MilestoneTerm) => {
    const cells = [esc(m.name), esc(describeOffset(m.offsetDays, m.dayCount, ANCHOR_PHRASES[m.anchor]))];
    if (counts) cells.push(m.deductible ? 'Yes' : 'No');
    return cells;
  });
  const items = [`<p>The creator delivers the following milestones:</p>${table(head, rows)}`];
  const notes = ['A milestone is due at the end of its due date, in the brand’s time zone.'];
  if (t.milestones.some((m) => m.dayCount === 'working')) {
    notes.push('Working days exclude Saturdays, Sundays and public holidays.');
  }
  items.push(`<p>${notes.join(' ')}</p>`);
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
    `<p>The brand reviews each draft and sends its feedback ${within(r.brandReviewDays, r.brandReviewDayCount, 'receiving it')}.</p>`,
    `<p>The creator makes the requested changes ${within(r.revisionDays, r.revisionDayCount, 'the feedback')}. ${rounds}</p>`,
  ];
  if (r.silenceMeansApproval) {
    items.push('<p>If the brand sends no feedback within the review window, the draft counts as approved.</p>');
  }
  if (t.review.brandReviewDayCount === 'working' || t.review.revisionDayCount === 'working') {
    items.push('<p>Working days exclude Saturdays, Sundays and public holidays.</p>');
  }
  return { title: 'Review and revisions', items };
}

function lateDeliveryClause(t: ContractTerms, money: Money): Clause | null {
  const l = t.lateDelivery;
  const fee = t.fee.feeMinor;
  if (!l.enabled) {
    if (fee !== 0) return null;
    return { title: 'Late delivery', items: ['<p>This is a gifting collaboration without a fee, so no deductions apply for late delivery.</p>'] };
  }
  const items = [
    '<p>Days late are whole calendar days after the due date; a delivery on the due date is not late. Only milestones marked in the schedule as counting towards the deduction count, and the days are counted on the most delayed of them, not added up per milestone.</p>',
  ];
  if (fee > 0 && l.deductionPctPerDay > 0) {
    const per = formatPercent(l.deductionPctPerDay);
    const cap = formatPercent(l.capPct);
    items.unshift(
      `<p>If the creator delivers late, the fee is reduced by ${per} % of the fee for each day late (${money(shareOf(fee, l.deductionPctPerDay))} a day), capped at ${cap} % of the fee (${money(shareOf(fee, l.capPct))}) in total.</p>`,
    );
  }
  if (l.graceDays > 0) {
    items.push(`<p>The first ${plural(l.graceDays, 'day')} late ${l.graceDays === 1 ? 'is' : 'are'} not counted.</p>`);
  }
  items.push(`<p>${terminationSentence(t)}</p>`);
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
  const items: string[] = [];
  items.push(
    u.contentOwner === 'creator'
      ? '<p>The creator owns the content. The creator gives the brand a licence to use it as set out below.</p>'
      : '<p>Ownership of the content made under this agreement passes to the brand. The agreed use is set out below.</p>',
  );
  if (u.channels.length > 0) {
    const duration = u.perpetual
      ? 'Perpetual (no end date)'
      : u.licenceDays !== null
        ? `${plural(u.licenceDays, 'day')} from publication`
        : '<span class="missing">Not agreed</span>';
    const facts: [string, string][] = [
      ['Channels', u.channels.map((c) => esc(USAGE_CHANNEL_LABELS[c] ?? c)).join(', ')],
      ['Duration', duration],
    ];
    if (filled(u.territory)) facts.push(['Territory', text(u.territory)]);
    items.push(definitionList(facts));
  } else {
    items.push('<p>No use of the content by the brand outside the creator’s own post is agreed.</p>');
  }
  items.push(
    u.rawFootage
      ? '<p>The creator delivers the raw footage to the brand together with the final content.</p>'
      : '<p>Raw footage is not included.</p>',
  );
  return { title: 'Content ownership and usage', items };
}

function killFeeClause(t: ContractTerms, money: Money): Clause | null {
  const k = t.killFee;
  if (!k.enabled || t.fee.feeMinor === 0) return null;
  return {
    title: 'Kill fee',
    items: [
      `<p>If the brand cancels the collaboration after the creator has started work, the brand pays ${formatPercent(k.pct)} % of the fee (<strong>${money(shareOf(t.fee.feeMinor, k.pct))}</strong>).</p>`,
    ],
  };
}

function moralsClause(t: ContractTerms): Clause | null {
  const m = t.morals;
  if (!m.enabled) return null;
  const triggers = filled(m.triggers) ? text(m.triggers) : '<span class="missing">Not specified</span>';
  const cure =
    m.cureDays > 0
      ? `Before ending it, the brand tells the creator in writing and gives them ${plural(m.cureDays, 'day')} to put the matter right, where it can be put right.`
      : 'The brand may do so straight away, by telling the creator in writing.';
  return {
    title: 'Morals clause',
    items: [`<p>The brand may end this agreement if the creator engages in the following conduct:</p><blockquote>${triggers}</blockquote>`, `<p>${cure}</p>`],
  };
}

function freeTextClause(title: string, value: string): Clause | null {
  return filled(value) ? { title, items: [`<p>${text(value)}</p>`] } : null;
}

function definitionList(rows: [string, string][]): string {
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function bulletList(values: string[]): string {
  return `<ul>${values.map((v) => `<li>${esc(v)}</li>`).join('')}</ul>`;
}

function table(head: string[], rows: string[][]): string {
  const th = head.map((h) => `<th scope="col">${h}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

/** Every clause that applies to these terms, in reading order. */
export function buildClauses(terms: ContractTerms, money: Money): Clause[] {
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
