import { formatFullInstantInZone, formatIsoDate } from '../dates';
import { deadlineName } from '../deadlines/names';
import { escapeHtml as e } from '../html';
import { sayIn } from '../i18n/createI18n';
import { INTL_TAGS, type Locale } from '../i18n/locales';
import { formatMoney } from '../money';
import { localeHead } from '../printouts/head';
import { isPaid } from '../rules/deal';
import { referenceLine, sealTime, SHORT_SEAL_LENGTH } from './chainRef';
import type { ChainCheck, EvidencePack } from './schemas';

/*
 * The evidence pack as a printable document, in the brand's language. Everything the brand or the
 * creator typed is escaped; the document carries no script, so the print window may run none.
 */

// Keys are chosen from the pack's data at run time; the catalog test checks every language has them.

const DEADLINE_STATUSES = ['waiting', 'upcoming', 'due_soon', 'overdue', 'done_on_time', 'done_late', 'passed'];

/** The verdict on the history in words, made from the check's codes and numbers. */
export function chainWords(chain: Pick<ChainCheck, 'intact' | 'checked' | 'broken'>, locale: Locale): string {
  const say = sayIn(locale);
  if (!chain.broken) return say('printouts:evidence.chain.intact', { count: chain.checked });
  const { problem, eventId } = chain.broken;
  if (eventId === null) return say('printouts:evidence.chain.head_record_missing');
  return say(`printouts:evidence.chain.${problem}`, { id: eventId });
}

/** What the chain proves and what it does not, as the pack states it in `locale`. */
export function chainStatement(locale: Locale): string[] {
  const say = sayIn(locale);
  return (['consistent', 'limit', 'shared'] as const).map((part) => say(`printouts:evidence.statement.${part}`, { chars: SHORT_SEAL_LENGTH }));
}

export function renderEvidence(pack: EvidencePack, paper: 'A4' | 'Letter', locale: Locale = 'en'): string {
  const say = sayIn(locale);
  const p = (key: string, params?: Record<string, string | number>) => say(`printouts:evidence.${key}`, params);
  const tag = INTL_TAGS[locale];
  const count = (n: number) => n.toLocaleString(tag);
  const when = (iso: string) => formatFullInstantInZone(iso, pack.timeZone, tag);
  const day = (iso: string | null) => (iso ? formatIsoDate(iso, tag) : '—');
  const money = (minor: number) => formatMoney(minor, pack.collaboration.currency, tag);
  const c = pack.collaboration;
  const head = pack.chain.head && { id: pack.chain.head.eventId, hash: pack.chain.head.hash, recordedAt: pack.chain.head.recordedAt };
  const verdict = chainWords(pack.chain, locale);
  const title = c.campaign ? p('titleWithCampaign', { creator: pack.creator.name, campaign: c.campaign }) : p('title', { creator: pack.creator.name });
  const facts = (rows: [string, string | Markup][]) =>
    `<dl class="facts">${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${typeof v === 'string' ? e(v) : v.html}</dd>`).join('')}</dl>`;
  const table = (head: Column[], rows: string[][], empty: string) =>
    rows.length === 0
      ? `<p>${e(empty)}</p>`
      : `<table><thead><tr>${head.map(([h, kind]) => `<th class="${kind}">${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((v, i) => `<td class="${head[i]![1]}">${cell(v, head[i]![1])}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  const brandName = pack.brand.name || p('parties.brandNotSet');
  const status = (m: EvidencePack['milestones'][number]) => {
    if (m.superseded) return m.daysLate > 0 ? say('card:deadlineStatus.supersededLate', { days: m.daysLate }) : say('card:deadlineStatus.superseded');
    return DEADLINE_STATUSES.includes(m.status) ? p(`deadlineStatus.${m.status}`) : m.status;
  };
  const strikeStatus = (s: EvidencePack['strikes'][number]) =>
    s.status === 'withdrawn' ? p('strikes.withdrawn', { at: when(s.withdrawnAt!), reason: s.withdrawnReason ?? '' }) : say(`accountability:strikeStatus.${s.status === 'served' ? 'served' : 'active'}`);
  const statusHeading = say('contract:deadlines.status');

  const sections = [
    section(p('section.parties'), facts([
      [p('parties.brand'), pack.brand.sender ? p('parties.representedBy', { brand: brandName, sender: pack.brand.sender }) : brandName],
      [p('parties.creator'), [pack.creator.name, ...pack.creator.handles, pack.creator.email ?? ''].filter(Boolean).join(' · ')],
    ])),
    section(p('section.collaboration'), facts([
      [p('collaboration.reference'), `#${c.id}`],
      [p('collaboration.campaign'), c.campaign ?? p('collaboration.noCampaign')],
      [say('card:overview.product'), c.product || p('collaboration.noProduct')],
      [p('collaboration.fee'), isPaid(c.feeMinor) ? money(c.feeMinor) : p('collaboration.gifted')],
      [p('collaboration.stage'), say(`domain:stage.${c.stage}`, { defaultValue: c.stage })],
      [p('collaboration.signed'), day(c.signedOn)],
      [p('collaboration.productReceived'), day(c.productReceivedOn)],
    ])),
    section(p('section.contract'), pack.contract
      ? facts([
          [p('contract.version'), String(pack.contract.version)],
          [p('contract.finalized'), when(pack.contract.finalizedAt)],
          [p('contract.sha256'), fullHash(pack.contract.sha256)],
        ])
      : `<p>${e(p('contract.none'))}</p>`),
    section(p('section.deadlines'), table(
      [[p('deadlines.deadline'), 'text'], [p('deadlines.whose'), 'word'], [p('deadlines.due'), 'day'], [p('deadlines.delivered'), 'text'], [p('deadlines.daysLate'), 'figure'], [statusHeading, 'text']],
      pack.milestones.map((m) => [
        deadlineName(m, say),
        p(m.party === 'brand' ? 'deadlines.brand' : 'deadlines.creator'),
        m.originalDueDate ? p('deadlines.moved', { due: day(m.dueDate), original: day(m.originalDueDate) }) : day(m.dueDate),
        m.superseded ? p('deadlines.closed', { date: day(m.deliveredOn) }) : day(m.deliveredOn),
        count(m.daysLate),
        status(m),
      ]),
      p(pack.contract ? 'deadlines.noneInContract' : 'deadlines.noneAgreed'),
    )),
    section(p('section.lateness'), pack.penalty
      ? facts([
          [p('lateness.mostDelayed'), p('lateness.daysLate', { count: pack.penalty.daysLate })],
          [p('lateness.deduction'), pack.penalty.explanation],
          [p('lateness.termination'), p(pack.penalty.terminationAvailable ? 'lateness.terminationAvailable' : 'lateness.terminationNotYet')],
        ])
      : `<p>${e(p('lateness.none'))}</p>`),
    section(p('section.amendments'), table(
      [[p('amendments.agreed'), 'day'], [p('amendments.what'), 'text'], [p('amendments.why'), 'text']],
      (pack.amendments ?? []).map((a) => [day(a.agreedOn), a.title, a.detail]),
      p('amendments.none'),
    )),
    section(p('section.strikes'), table(
      [[p('strikes.given'), 'day'], [p('strikes.reason'), 'text'], [p('strikes.note'), 'text'], [statusHeading, 'text']],
      pack.strikes.map((s) => [when(s.at), say(`accountability:strikeReason.${s.reason}`), s.note || '—', strikeStatus(s)]),
      p('strikes.none'),
    )),
    section(p('section.rating'), table(
      [[p('rating.rated'), 'day'], [p('rating.communication'), 'figure'], [p('rating.timeliness'), 'figure'], [p('rating.content'), 'figure'], [p('rating.again'), 'word'], [p('rating.note'), 'text']],
      pack.ratings.map((r) => [when(r.ratedAt), `${r.communication}/5`, `${r.timeliness}/5`, `${r.quality}/5`, p(r.wouldWorkAgain ? 'rating.yes' : 'rating.no'), r.note || '—']),
      p('rating.none'),
    )),
    section(p('section.disputes'), pack.disputes.length === 0 ? `<p>${e(p('disputes.none'))}</p>` : pack.disputes.map((d) => `<div class="keep">${facts([
      [p('disputes.opened'), when(d.openedAt)],
      [p('disputes.issue'), d.issue],
      [p('disputes.ours'), d.ourPosition || '—'],
      [p('disputes.theirs'), d.creatorPosition || '—'],
      [p('disputes.linked'), d.eventIds.length ? d.eventIds.map((id) => `#${id}`).join(', ') : '—'],
      [p('disputes.outcome'), d.outcome || '—'],
      [p('disputes.settled'), d.resolvedOn ? day(d.resolvedOn) : p('disputes.open')],
    ])}${d.steps.length ? `<p><strong>${e(p('disputes.steps'))}</strong></p><ul>${d.steps.map((s) => `<li>${e(when(s.at))}: ${e(s.text)}</li>`).join('')}</ul>` : ''}</div>`).join('')),
    section(p('section.timeline'), table(
      [['#', 'figure'], [p('timeline.when'), 'day'], [p('timeline.recorded'), 'day'], [p('timeline.what'), 'text'], [p('timeline.seal'), 'seal']],
      pack.events.map((ev) => [String(ev.id), when(ev.at), when(ev.recordedAt), ev.summary, ev.hash ? ev.hash.slice(0, 16) : p('timeline.unsealed')]),
      p('timeline.none'),
    )),
    section(p('section.verification'), facts([
      [p('verification.result'), verdict],
      [p('verification.checked'), count(pack.chain.checked)],
      [p('verification.newestSeal'), pack.chain.headHash ? fullHash(pack.chain.headHash) : '—'],
      [p('verification.reference'), head ? p('verification.referenceOf', { reference: referenceLine(locale, head.hash, head.recordedAt), id: head.id }) : '—'],
    ]) + pack.chainStatement.map((line) => `<p>${e(line)}</p>`).join('')),
  ];

  // The seal sits inside the sentence in its own face: the sentence is escaped around a mark no one types.
  const SEAL = '\u2063seal\u2063';
  const sealLine = head ? e(p('seal', { seal: SEAL, time: sealTime(head.recordedAt), id: head.id })).replace(SEAL, `<code class="seal">${e(head.hash.slice(0, 16))}</code>`) : '';

  return `${localeHead(locale, title, paper, `td { font-size: 13px; }
td.text { overflow-wrap: anywhere; }
th.figure, td.figure, td.word, td.seal, td.day span { white-space: nowrap; }
th.figure, td.figure { text-align: right; }
td.seal, code.seal, .hash { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 11px; letter-spacing: 0; text-transform: none; }
.verdict { font-weight: 600; color: ${pack.chain.intact ? '#1b6b3a' : '#a61b1b'}; }`)}
<body>
<div class="paper">
<header>
<h1>${e(title)}</h1>
<p class="status">${e(p('drawnUp', { generated: when(pack.generatedAt), asOf: when(pack.asOf), zone: pack.timeZone }))}</p>
<p class="verdict">${e(verdict)}</p>
${head ? `<p class="status" data-seal>${sealLine}</p>` : ''}
</header>
${sections.join('\n')}
<footer>${e(p('footer', { id: c.id }))}</footer>
</div>
</body>
</html>`;
}

/** HTML the document built itself, from escaped parts; anything else is escaped on the way in. */
interface Markup {
  html: string;
}

/**
 * How a column reads: free text may break anywhere so a long link cannot push the table off the
 * page; a number, a one-word value or a seal never breaks; a date breaks only before its time.
 */
type Column = [label: string, kind: 'text' | 'figure' | 'word' | 'day' | 'seal'];

/**
 * A date and its time each stay whole: "15 Jun 2026," over "10:00", never "15 Jun" over "2026, 10:00".
 */
function cell(value: string, kind: Column[1]): string {
  return kind === 'day' ? value.split(', ').map((part) => `<span>${e(part)}</span>`).join(', ') : e(value);
}

/**
 * A full SHA-256 in full, in a small monospace face, breakable only between groups of 16 so a
 * narrow page never splits it mid-group; copied, it is still the one unbroken hash.
 */
function fullHash(hash: string): Markup {
  return { html: `<code class="hash">${(hash.match(/.{1,16}/g) ?? []).map(e).join('<wbr>')}</code>` };
}

function section(title: string, body: string): string {
  return `<section><h2>${e(title)}</h2>${body}</section>`;
}
