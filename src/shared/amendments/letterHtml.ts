import { signatureBlock } from '../contract/render';
import { formatFinalizedDate } from '../contract/frame';
import { printHead } from '../contract/printStyles';
import type { ContractTerms } from '../contract/terms';
import { escapeHtml as e } from '../html';
import { formatMoney } from '../money';
import { formatLongDate } from '../dates';
import type { AmendmentFacts } from './schemas';

/*
 * The amendment letter: one agreed change to a finalized contract, on a page both parties sign.
 * It names the version it amends by its hash, so the pair reads as one agreement. No script.
 */

export interface LetterFacts {
  amendment: AmendmentFacts;
  terms: ContractTerms;
  contract: { version: number; finalizedAt: string; sha256: string };
  /** The date the contract itself gave a moved milestone (before any amendment). */
  originalDueDate: string | null;
  paper: 'A4' | 'Letter';
}

/** "29 March 2026": a letter spells its dates out. */
const day = formatLongDate;

function change(a: AmendmentFacts, originalDueDate: string | null, terms: ContractTerms): string[] {
  switch (a.kind) {
    case 'extension': {
      const original = originalDueDate && originalDueDate !== a.fromDate ? ` (the contract’s own date was ${day(originalDueDate)})` : '';
      return [
        `The due date of “${a.milestoneName}” moves from ${day(a.fromDate)}${original} to ${day(a.toDate)}, ${a.requestedBy === 'creator' ? 'at the creator’s request' : 'at the brand’s request'}.`,
        'Lateness, and any deduction under the late-delivery clause, is counted from the new date.',
      ];
    }
    case 'waiver':
      return [
        a.amountMinor === null && a.waivedBp === 10_000
          ? 'The brand waives the deduction for late delivery under the contract in full.'
          : a.amountMinor === null
            ? `The brand waives ${(a.waivedBp ?? 0) / 100} % of the deduction for late delivery under the contract, whatever it comes to.`
            : `The brand waives ${formatMoney(a.amountMinor, a.currency)} of the deduction for late delivery under the contract.`,
        ...(a.disputeId === null ? [] : [`This settles dispute #${a.disputeId}.`]),
      ];
    case 'fee_change':
      return [
        `The fee for the collaboration changes from ${formatMoney(a.fromMinor, a.currency)} to ${formatMoney(a.toMinor, a.currency)}.`,
        ...(terms.fee.depositPct > 0 && terms.fee.depositPct < 100 ? [`The deposit remains ${terms.fee.depositPct} % of the fee, the balance the rest.`] : []),
      ];
  }
}

export function renderAmendmentLetter({ amendment: a, terms, contract, originalDueDate, paper }: LetterFacts): string {
  const title = `Amendment to “${terms.title}”`;
  const parties = `${terms.parties.brandName || 'The brand'} and ${terms.parties.creatorName}`;
  const paragraphs = [
    `${parties} agree on ${day(a.agreedOn)} to the following change to their contract, version ${contract.version}, finalized ${formatFinalizedDate(contract.finalizedAt)} (SHA-256 ${contract.sha256}).`,
    ...change(a, originalDueDate, terms),
    `Reason: ${a.reason}`,
    'All other terms of the contract remain unchanged and in force.',
  ];
  return `${printHead(title, paper, `.hash { overflow-wrap: anywhere; }`)}
<body>
<main class="paper">
<header><h1>${e(title)}</h1><p class="status">Agreed ${e(day(a.agreedOn))} · amends version ${contract.version}</p></header>
${paragraphs.map((p) => `<p class="hash">${e(p)}</p>`).join('\n')}
${signatureBlock(terms)}
<footer>Prepared with Followthrough. Keep it with the contract it amends.</footer>
</main>
</body>
</html>
`;
}
