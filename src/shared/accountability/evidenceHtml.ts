import { styles } from '../contract/printStyles';
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
  const facts = (rows: [string, string][]) => `<dl class="facts">${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`;
  const table = (head: string[], rows: string[][], empty: string) =>
    rows.length === 0
      ? `<p>${e(empty)}</p>`
      : `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((v) => `<td>${e(v)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

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
          ['SHA-256 of its text', pack.contract.sha256],
        ])
      : '<p>No contract was finalized for this collaboration.</p>'),
    section('Deadlines', table(
      ['Deadline', 'Whose', 'Due', 'Delivered', 'Days late', 'Status'],
      pack.milestones.map((m) => [m.name, m.party === 'brand' ? 'Brand' : 'Creator', day(m.dueDate), m.superseded ? `Not delivered; closed ${day(m.deliveredOn)}` : day(m.deliveredOn), String(m.daysLate), m.superseded ? supersededWords(m.daysLate) : (STATUS_WORDS[m.status] ?? m.status)]),
      'The contract names no deadlines.',
    )),
    section('Lateness and deduction', pack.penalty
      ? facts([
          ['Most delayed milestone', `${pack.penalty.daysLate} day${pack.penalty.daysLate === 1 ? '' : 's'} late`],
          ['Deduction', pack.penalty.explanation],
          ['Termination', pack.penalty.terminationAvailable ? 'Available under the contract' : 'Not available yet'],
        ])
      : '<p>The contract in force has no late-delivery deduction.</p>'),
    section('Strikes', table(
      ['Given', 'Reason', 'Note', 'Status'],
      pack.strikes.map((s) => [when(s.at), STRIKE_REASON_LABELS[s.reason], s.note || '—', s.status === 'withdrawn' ? `Withdrawn ${when(s.withdrawnAt!)}: ${s.withdrawnReason ?? ''}` : s.status === 'served' ? 'Served' : 'Active']),
      'No strikes were given in this collaboration.',
    )),
    section('Rating', table(
      ['Rated', 'Communication', 'Timeliness', 'Content', 'Would work again', 'Note'],
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
      ['#', 'When', 'Recorded', 'What happened', 'Seal'],
      pack.events.map((ev) => [String(ev.id), when(ev.at), when(ev.recordedAt), ev.summary, ev.hash ? ev.hash.slice(0, 16) : 'none']),
      'Nothing recorded yet.',
    )),
    section('Verification of the history', facts([
      ['Result', pack.chain.message],
      ['Events checked', String(pack.chain.checked)],
      ['Newest seal', pack.chain.headHash ?? '—'],
      ['Reference', head ? `${referenceLine('en', head.hash, head.recordedAt)} (event #${head.id})` : '—'],
    ]) + pack.chainStatement.map((p) => `<p>${e(p)}</p>`).join('')),
  ];

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(title)}</title>
<style>${styles(paper)}
td { font-size: 13px; overflow-wrap: anywhere; }
.verdict { font-weight: 600; color: ${pack.chain.intact ? '#1b6b3a' : '#a61b1b'}; }
</style>
</head>
<body>
<div class="paper">
<header>
<h1>${e(title)}</h1>
<p class="status">Drawn up ${e(when(pack.generatedAt))} · lateness as of ${e(when(pack.asOf))} · times in ${e(pack.timeZone)}</p>
<p class="verdict">${e(pack.chain.message)}</p>
${head ? `<p class="status" data-seal>Seal of the history as drawn up: ${e(head.hash.slice(0, 16))} · ${e(sealTime(head.recordedAt))} (event #${head.id}). A later rewrite of the history would not keep this seal.</p>` : ''}
</header>
${sections.join('\n')}
<footer>Followthrough evidence pack for collaboration #${c.id}. The same data is available as JSON.</footer>
</div>
</body>
</html>`;
}

function section(title: string, body: string): string {
  return `<section><h2>${e(title)}</h2>${body}</section>`;
}
