import { printHead } from '../contract/printStyles';
import { formatFullInstantInZone, formatIsoDate } from '../dates';
import { escapeHtml as e } from '../html';
import { formatMoney } from '../money';
import { isPaid } from '../rules/deal';
import { supersededWords } from '../rules/supersede';
import { STAGE_LABELS, type Stage } from '../stages';
import { referenceLine, sealTime } from './chainRef';
import { STRIKE_REASON_LABELS, type EvidencePack } from './schemas';

/*
 * The evidence pack as a printable document. Everything the brand or the creator typed is escaped;
 * the document carries no script, so the print window may run none.
 */

const STATUS_WORDS: Record<string, string> = {
  waiting: 'Not dated yet',
  upcoming: 'Upcoming',
  due_soon: 'Due soon',
  overdue: 'Overdue',
  done_on_time: 'Done on time',
  done_late: 'Done late',
  passed: 'Passed',
};

export function renderEvidence(pack: EvidencePack, paper: 'A4' | 'Letter'): string {
  const when = (iso: string) => formatFullInstantInZone(iso, pack.timeZone);
  const day = (iso: string | null) => (iso ? formatIsoDate(iso) : '—');
  const money = (minor: number) => formatMoney(minor, pack.collaboration.currency);
  const c = pack.collaboration;
  const head = pack.chain.head && { id: pack.chain.head.eventId, hash: pack.chain.head.hash, recordedAt: pack.chain.head.recordedAt };
  const title = `Evidence pack: ${pack.creator.name}${c.campaign ? `, ${c.campaign}` : ''}`;
  const facts = (rows: [string, string | Markup][]) =>
    `<dl class="facts">${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${typeof v === 'string' ? e(v) : v.html}</dd>`).join('')}</dl>`;
  const table = (head: Column[], rows: string[][], empty: string) =>
    rows.length === 0
      ? `<p>${e(empty)}</p>`
      : `<table><thead><tr>${head.map(([h, kind]) => `<th class="${kind}">${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((v, i) => `<td class="${head[i]![1]}">${cell(v, head[i]![1])}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

  const sections = [
    section('Parties', facts([
      ['Brand', [pack.brand.name || 'Not set in Settings', pack.brand.sender && `represented by ${pack.brand.sender}`].filter(Boolean).join(', ')],
      ['Creator', [pack.creator.name, ...pack.creator.handles, pack.creator.email ?? ''].filter(Boolean).join(' · ')],
    ])),
    section('Collaboration', facts([
      ['Reference', `#${c.id}`],
      ['Campaign', c.campaign ?? 'None'],
      ['Product', c.product || 'Not set'],
      ['Fee', isPaid(c.feeMinor) ? money(c.feeMinor) : 'Gifted (no fee)'],
      ['Stage', STAGE_LABELS[c.stage as Stage] ?? c.stage],
      ['Signed', day(c.signedOn)],
      ['Product received', day(c.productReceivedOn)],
    ])),
    section('Contract in force', pack.contract
      ? facts([
          ['Version', String(pack.contract.version)],
          ['Finalized', when(pack.contract.finalizedAt)],
          ['SHA-256 of its text', fullHash(pack.contract.sha256)],
        ])
      : '<p>No contract was finalized for this collaboration.</p>'),
    section('Deadlines', table(
      [['Deadline', 'text'], ['Whose', 'word'], ['Due', 'day'], ['Delivered', 'text'], ['Days late', 'figure'], ['Status', 'text']],
      pack.milestones.map((m) => [m.name, m.party === 'brand' ? 'Brand' : 'Creator', m.originalDueDate ? `${day(m.dueDate)} (contract: ${day(m.originalDueDate)})` : day(m.dueDate), m.superseded ? `Not delivered; closed ${day(m.deliveredOn)}` : day(m.deliveredOn), String(m.daysLate), m.superseded ? supersededWords(m.daysLate) : (STATUS_WORDS[m.status] ?? m.status)]),
      pack.contract ? 'The contract names no deadlines.' : 'No dates were agreed.',
    )),
    section('Lateness and deduction', pack.penalty
      ? facts([
          ['Most delayed milestone', `${pack.penalty.daysLate} day${pack.penalty.daysLate === 1 ? '' : 's'} late`],
          ['Deduction', pack.penalty.explanation],
          ['Termination', pack.penalty.terminationAvailable ? 'Available under the contract' : 'Not available yet'],
        ])
      : '<p>The contract in force has no late-delivery deduction.</p>'),
    section('Amendments', table(
      [['Agreed', 'day'], ['What changed', 'text'], ['Why, and by whom', 'text']],
      (pack.amendments ?? []).map((a) => [day(a.agreedOn), a.title, a.detail]),
      'Nothing was amended since the contract in force.',
    )),
    section('Strikes', table(
      [['Given', 'day'], ['Reason', 'text'], ['Note', 'text'], ['Status', 'text']],
      pack.strikes.map((s) => [when(s.at), STRIKE_REASON_LABELS[s.reason], s.note || '—', s.status === 'withdrawn' ? `Withdrawn ${when(s.withdrawnAt!)}: ${s.withdrawnReason ?? ''}` : s.status === 'served' ? 'Served' : 'Active']),
      'No strikes were given in this collaboration.',
    )),
    section('Rating', table(
      [['Rated', 'day'], ['Communication', 'figure'], ['Timeliness', 'figure'], ['Content', 'figure'], ['Would work again', 'word'], ['Note', 'text']],
      pack.ratings.map((r) => [when(r.ratedAt), `${r.communication}/5`, `${r.timeliness}/5`, `${r.quality}/5`, r.wouldWorkAgain ? 'Yes' : 'No', r.note || '—']),
      'Not rated.',
    )),
    section('Disputes', pack.disputes.length === 0 ? '<p>No dispute was opened.</p>' : pack.disputes.map((d) => `<div class="keep">${facts([
      ['Opened', when(d.openedAt)],
      ['Issue', d.issue],
      ['Our position', d.ourPosition || '—'],
      ["Creator's position", d.creatorPosition || '—'],
      ['Linked events', d.eventIds.length ? d.eventIds.map((id) => `#${id}`).join(', ') : '—'],
      ['Outcome', d.outcome || '—'],
      ['Settled', d.resolvedOn ? day(d.resolvedOn) : 'Open'],
    ])}${d.steps.length ? `<p><strong>Mediation steps</strong></p><ul>${d.steps.map((s) => `<li>${e(when(s.at))}: ${e(s.text)}</li>`).join('')}</ul>` : ''}</div>`).join('')),
    section('Timeline', table(
      [['#', 'figure'], ['When', 'day'], ['Recorded', 'day'], ['What happened', 'text'], ['Seal', 'seal']],
      pack.events.map((ev) => [String(ev.id), when(ev.at), when(ev.recordedAt), ev.summary, ev.hash ? ev.hash.slice(0, 16) : 'none']),
      'Nothing recorded yet.',
    )),
    section('Verification of the history', facts([
      ['Result', pack.chain.message],
      ['Events checked', String(pack.chain.checked)],
      ['Newest seal', pack.chain.headHash ? fullHash(pack.chain.headHash) : '—'],
      ['Reference', head ? `${referenceLine('en', head.hash, head.recordedAt)} (event #${head.id})` : '—'],
    ]) + pack.chainStatement.map((p) => `<p>${e(p)}</p>`).join('')),
  ];

  return `${printHead(title, paper, `td { font-size: 13px; }
td.text { overflow-wrap: anywhere; }
th.figure, td.figure, td.word, td.seal, td.day span { white-space: nowrap; }
th.figure, td.figure { text-align: right; }
td.seal, code.seal, .hash { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 11px; letter-spacing: 0; text-transform: none; }
.verdict { font-weight: 600; color: ${pack.chain.intact ? '#1b6b3a' : '#a61b1b'}; }`)}
<body>
<div class="paper">
<header>
<h1>${e(title)}</h1>
<p class="status">Drawn up ${e(when(pack.generatedAt))} · lateness as of ${e(when(pack.asOf))} · times in ${e(pack.timeZone)}</p>
<p class="verdict">${e(pack.chain.message)}</p>
${head ? `<p class="status" data-seal>Seal of the history as drawn up: <code class="seal">${e(head.hash.slice(0, 16))}</code> · ${e(sealTime(head.recordedAt))} (event #${head.id}). A later rewrite of the history would not keep this seal.</p>` : ''}
</header>
${sections.join('\n')}
<footer>Followthrough evidence pack for collaboration #${c.id}. The same data is available as JSON.</footer>
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
