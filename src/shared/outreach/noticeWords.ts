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

/*
 * The contract's clause titles in the creator's language. The contract itself is in English, so a
 * notice in Chinese or Dutch names the clause in its own words and as the contract prints it.
 */
const CLAUSE_TITLES: Record<Exclude<TemplateLanguage, 'en'>, Record<string, string>> = {
  zh: {
    Parties: '合同双方',
    'Fee and payment': '费用与付款',
    'Brief and deliverables': '创作要求与交付内容',
    Communication: '沟通',
    Schedule: '时间安排',
    'Review and revisions': '审核与修改',
    'Late delivery': '逾期交付',
    'Content ownership and usage': '内容所有权与使用',
    'Kill fee': '终止补偿费',
    'Morals clause': '道德条款',
    Termination: '合同终止',
    Confidentiality: '保密',
    'Governing law': '适用法律',
  },
  nl: {
    Parties: 'Partijen',
    'Fee and payment': 'Vergoeding en betaling',
    'Brief and deliverables': 'Briefing en op te leveren content',
    Communication: 'Communicatie',
    Schedule: 'Planning',
    'Review and revisions': 'Beoordeling en revisies',
    'Late delivery': 'Te late levering',
    'Content ownership and usage': 'Eigendom en gebruik van de content',
    'Kill fee': 'Annuleringsvergoeding',
    'Morals clause': 'Gedragsclausule',
    Termination: 'Beëindiging',
    Confidentiality: 'Geheimhouding',
    'Governing law': 'Toepasselijk recht',
  },
};

/** "clause 6 (Late delivery)", "第 6 条（逾期交付 / Late delivery）", "artikel 6 (Te late levering / Late delivery)". */
export function clauseWords(language: TemplateLanguage, n: number, title: string): string {
  const own = language === 'en' ? undefined : CLAUSE_TITLES[language][title];
  const named = own ? `${own} / ${title}` : title;
  if (language === 'zh') return `第 ${n} 条（${named}）`;
  if (language === 'nl') return `artikel ${n} (${named})`;
  return `clause ${n} (${title})`;
}
