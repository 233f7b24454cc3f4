import type { ParseKeys } from 'i18next';
import { formatLongDate } from '../dates';
import { translator } from '../i18n/createI18n';
import { INTL_TAGS } from '../i18n/locales';
import { formatMoney } from '../money';
import type { TemplateLanguage } from '../outreach/kindSchemas';
import type { Part } from './content';
import { toBasisPoints } from './penalty';

/*
 * The words of a contract in one of its languages: its sentences from the `clauses` catalog, and
 * money, percentages and dates as that language writes them. Nothing here reads the host's locale,
 * so the same terms give the same text everywhere.
 */

export type ClauseKey = ParseKeys<'clauses'>;
type Params = Record<string, string | number>;

// A mark no one types stands in a sentence where a styled run (a bold amount, a typed list) goes.
const SLOT = '\uE000';
const SLOTS = new RegExp(`${SLOT}(\\w+)${SLOT}`);

export interface ContractWords {
  language: TemplateLanguage;
  /** A whole sentence of the catalog, as plain text. */
  say: (key: ClauseKey, params?: Params) => string;
  /** A sentence whose arguments named in `runs` are styled runs rather than text. */
  rich: (key: ClauseKey, params: Params, runs: Record<string, Part>) => Part[];
  money: (minor: number, currency: string) => string;
  /** A percentage with up to two decimals and no trailing zeros, built from whole basis points. */
  percent: (pct: number) => string;
  /** "15 April 2026", "2026年4月15日", "15 april 2026". */
  date: (isoDate: string) => string;
  /** Names run together in a fact: "YouTube, TikTok", "YouTube、抖音". */
  list: (items: readonly string[]) => string;
}

const cache = new Map<TemplateLanguage, ContractWords>();

export function contractWords(language: TemplateLanguage): ContractWords {
  let words = cache.get(language);
  if (!words) cache.set(language, (words = makeWords(language)));
  return words;
}

function makeWords(language: TemplateLanguage): ContractWords {
  const t = translator(language) as unknown as (key: string, params?: Params) => string;
  const tag = INTL_TAGS[language];
  const say = (key: ClauseKey, params?: Params) => t(`clauses:${key}`, params);
  const percentFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 2, useGrouping: false });
  const dateFormat = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    language,
    say,
    rich(key, params, runs) {
      const slots = Object.fromEntries(Object.keys(runs).map((name) => [name, `${SLOT}${name}${SLOT}`]));
      // split() with a capturing group alternates text and slot names.
      return say(key, { ...params, ...slots })
        .split(SLOTS)
        .flatMap((piece, i): Part[] => {
          if (i % 2 === 0) return piece === '' ? [] : [piece];
          // A mark that came in with typed text rather than from a slot stays text.
          return [runs[piece] ?? `${SLOT}${piece}${SLOT}`];
        });
    },
    money: (minor, currency) => formatMoney(minor, currency, tag),
    percent: (pct) => percentFormat.format(toBasisPoints(pct) / 100),
    date(isoDate) {
      // English keeps the spelling every earlier contract was printed with.
      if (language === 'en') return formatLongDate(isoDate);
      const [y, m, d] = isoDate.split('-').map(Number);
      if (!y || !m || !d || m > 12) return isoDate;
      return dateFormat.format(Date.UTC(y, m - 1, d));
    },
    // Intl's lists run Chinese names together without a mark, so the enumeration comma is named here.
    list: (items) => items.join(language === 'zh' ? '、' : ', '),
  };
}
