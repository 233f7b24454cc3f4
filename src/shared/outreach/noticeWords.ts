import type { ClauseKind } from '../contract/content';
import { contractWords } from '../contract/words';
import type { TemplateLanguage } from './kinds';

/*
 * The sentences of a formal notice that depend on where the late-delivery clause stands: whether
 * the deduction can still grow, and whether ending the collaboration is already open to the brand.
 * A notice says what is so today, never a threshold already passed or a cap already reached.
 */

export interface DeductionState {
  capReached: boolean;
  /** Formatted in the message's language. */
  perDay: string;
  cap: string;
}

export function deductionTerms(language: TemplateLanguage, s: DeductionState): string {
  if (s.capReached) {
    return { en: 'That is the agreed cap: it will not grow further.', zh: '该金额已达约定上限，不再增加。', nl: 'Dat is het afgesproken maximum; het loopt niet verder op.' }[language];
  }
  return {
    en: `It grows by ${s.perDay} with each further day of delay, up to the agreed cap of ${s.cap}.`,
    zh: `此后每逾期一天将再扣除${s.perDay}，直至约定上限${s.cap}。`,
    nl: `Het loopt met ${s.perDay} op voor elke extra dag vertraging, tot het afgesproken maximum van ${s.cap}.`,
  }[language];
}

export interface TerminationState {
  available: boolean;
  /** Charged days still to go before ending becomes available (0 once it is). */
  daysToGo: number;
  recoverDeposit: boolean;
  recoverProduct: boolean;
}

const CLAIM: Record<TemplateLanguage, Record<'both' | 'deposit' | 'product' | 'none', string>> = {
  en: { both: ' and claim back the deposit and the product', deposit: ' and claim back the deposit', product: ' and claim back the product', none: '' },
  zh: { both: '，并要求退还定金和产品', deposit: '，并要求退还定金', product: '，并要求退还产品', none: '' },
  nl: { both: ' en de aanbetaling en het product terugvorderen', deposit: ' en de aanbetaling terugvorderen', product: ' en het product terugvorderen', none: '' },
};

export function terminationTerms(language: TemplateLanguage, s: TerminationState): string {
  const claim = CLAIM[language][s.recoverDeposit ? (s.recoverProduct ? 'both' : 'deposit') : s.recoverProduct ? 'product' : 'none'];
  if (s.available) {
    return {
      en: `The delay has reached the termination threshold set out in that clause, so we may now end the collaboration${claim}.`,
      zh: `逾期天数已达到该条款规定的终止期限，我们现在有权终止合作${claim}。`,
      nl: `De vertraging heeft de termijn voor beëindiging uit die bepaling bereikt; we kunnen de samenwerking nu beëindigen${claim}.`,
    }[language];
  }
  const n = s.daysToGo;
  return {
    en: `If the delay goes on for ${n} more ${n === 1 ? 'day' : 'days'}, we may end the collaboration under that clause${claim}.`,
    zh: `若再逾期${n}天，我们有权依照该条款终止合作${claim}。`,
    nl: `Loopt de vertraging nog ${n} ${n === 1 ? 'dag' : 'dagen'} door, dan kunnen we de samenwerking op grond van die bepaling beëindigen${claim}.`,
  }[language];
}

/**
 * A clause of the contract in force, named in a notice: "clause 6 (Late delivery)", "第 6 条（逾期交付）".
 * When the contract is not printed in the notice's language, the title it does print follows the
 * notice's own, so the reader finds it: "artikel 6 (Te late levering / Late delivery)".
 */
export function clauseWords(language: TemplateLanguage, n: number, clause: ClauseKind, printedIn: readonly TemplateLanguage[]): string {
  const own = contractWords(language).say(`title.${clause}`);
  const printed = printedIn.includes(language) ? null : contractWords(printedIn[0] ?? 'en').say(`title.${clause}`);
  const named = printed === null ? own : `${own} / ${printed}`;
  if (language === 'zh') return `第 ${n} 条（${named}）`;
  if (language === 'nl') return `artikel ${n} (${named})`;
  return `clause ${n} (${named})`;
}
