import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readProblem } from '../i18n/problems';
import { renderContractDocx } from './docx';
import { SEED } from './fixtures';
import { presetTerms } from './presets';
import { renderContract } from './render';
import { dueWords } from './schedule';
import { ContractTerms } from './terms';

const inLanguage = (language: 'en' | 'zh' | 'nl') => presetTerms('paid_video', { ...SEED, language });
const bilingual = (): ContractTerms => ({ ...inLanguage('zh'), secondLanguage: 'en', prevailing: 'second' });

/** The text of the page, without markup. */
const textOf = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, '');

async function documentXml(terms: ContractTerms): Promise<{ document: string; styles: string }> {
  const files = unzipSync(await renderContractDocx(terms));
  return { document: strFromU8(files['word/document.xml']!), styles: strFromU8(files['word/styles.xml']!) };
}

const wordsOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('a contract in Chinese', () => {
  const html = renderContract(inLanguage('zh'));
  const text = textOf(html);

  it('numbers its clauses 第X条 and names the parties 甲方 and 乙方', () => {
    expect(html).toContain('<html lang="zh">');
    expect(html).toContain('<span class="num">第1条</span> 合同双方');
    expect(html).toContain('<span class="num">第7条</span> 逾期交付');
    expect(text).toContain('甲方（品牌方）：Lumen Skincare，授权代表：Ana（以下简称“甲方”）。');
    expect(text).toContain('乙方应在24小时内回复甲方的消息。');
  });

  it('writes money, percentages and the late-delivery deduction as a Chinese contract does', () => {
    expect(text).toContain('甲方就本协议约定的内容向乙方支付合作费用€1,000。');
    expect(text).toContain('每逾期一天，扣减合作费用的5%（每天€50）作为违约金，扣款总额以合作费用的50%（€500）为上限。');
    expect(text).toContain('收到产品后20个自然日内');
    expect(text).toContain('乙方授予甲方按下列约定使用该内容的权利');
  });

  it('leaves no English clause sentence, and prints its frame in Chinese', () => {
    expect(text).not.toMatch(/The brand|the creator|Late delivery|Signatures|Prepared with/);
    expect(text).toContain('签署');
    expect(html).toMatch(/content: "第 " counter\(page\) " 页，共 " counter\(pages\) " 页"/);
  });

  it('names CJK fonts in the print styles, so Chinese prints', () => {
    expect(html).toContain('"Noto Serif CJK SC"');
    expect(html).toContain('"Noto Sans CJK SC"');
  });
});

describe('a contract in Dutch', () => {
  // Dutch money puts a no-break space after the euro sign.
  const text = textOf(renderContract(inLanguage('nl'), { version: 2, finalizedAt: '2026-11-23T10:00:00Z' })).replace(/\u00a0/g, ' ');

  it('is a samenwerkingsovereenkomst between het merk and de maker', () => {
    expect(text).toContain('Artikel 1 Partijen');
    expect(text).toContain('Het merk betaalt de maker een vergoeding van € 1.000 voor de content die in deze overeenkomst is beschreven.');
    expect(text).toContain('met 5% van de vergoeding per dag vertraging (€ 50 per dag), tot een maximum van 50% van de vergoeding (€ 500) in totaal');
    expect(text).toContain('De maker geeft het merk een gebruiksrecht');
    expect(text).toContain('20 kalenderdagen na ontvangst van het product');
    expect(text).toContain('Versie 2 · definitief op 23 november 2026');
    expect(text).not.toMatch(/The brand|the creator|Signatures/);
  });
});

describe('a contract in two languages', () => {
  const html = renderContract(bilingual());

  it('prints each sub-clause as one row holding both languages', () => {
    const rows = [...html.matchAll(/<div class="pair">(.*?)<\/div><\/div>/g)].map((m) => m[1]!);
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      expect(row).toMatch(/^<div class="body" lang="zh">.*<\/div><div class="body" lang="en">/);
    }
    const fee = rows.find((r) => r.includes('支付合作费用'))!;
    expect(fee).toContain('The brand pays the creator a fee of <strong>€1,000</strong>');
  });

  it('gives the titles a row of their own, in both languages', () => {
    expect(html).toContain(
      '<h2 class="pair"><span class="side" lang="zh"><span class="num">第7条</span> 逾期交付</span><span class="side" lang="en"><span class="num">7.</span> Late delivery</span></h2>',
    );
  });

  it('says which language prevails, in both languages', () => {
    const text = textOf(html);
    expect(text).toContain('两种文本如有不一致，以英文文本为准。');
    expect(text).toContain('If the two versions differ, the English version prevails.');
    expect(text).toContain('签署 / Signatures');
  });

  it('has no prevailing clause when written in one language', () => {
    expect(textOf(renderContract(inLanguage('en')))).not.toContain('prevails');
  });
});

describe('the Word file', () => {
  it('holds a Chinese and an English sub-clause in one table row, with East Asian fonts', async () => {
    const { document, styles } = await documentXml(bilingual());
    const rows = document.split('<w:tr>').slice(1).map(wordsOf);
    const row = rows.find((r) => r.includes('支付合作费用'));
    expect(row).toContain('The brand pays the creator a fee of €1,000');
    expect(rows.some((r) => r.includes('第7条 逾期交付') && r.includes('7. Late delivery'))).toBe(true);
    expect(wordsOf(document)).toContain('以英文文本为准');
    expect(styles).toContain('w:eastAsia="Noto Serif CJK SC"');
    expect(document).toContain('w:eastAsia="Noto Sans CJK SC"');
  });

  it('writes a Dutch contract in Dutch', async () => {
    const { document } = await documentXml(inLanguage('nl'));
    expect(wordsOf(document)).toContain('Artikel 7 Te late levering');
    expect(wordsOf(document)).toContain('Ondertekening');
  });
});

describe('stored terms', () => {
  it('parses terms stored before contracts had a language as English, with no second language', () => {
    const { language: _l, secondLanguage: _s, prevailing: _p, ...old } = inLanguage('en');
    const parsed = ContractTerms.parse(JSON.parse(JSON.stringify(old)));
    expect(parsed).toMatchObject({ language: 'en', secondLanguage: null, prevailing: 'first' });
    expect(renderContract(parsed)).toBe(renderContract(inLanguage('en')));
  });

  it('refuses a second language equal to the first, at that field', () => {
    const result = ContractTerms.safeParse({ ...inLanguage('zh'), secondLanguage: 'zh' });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(['secondLanguage']);
    expect(readProblem(issue.message)?.key).toBe('contract.sameSecondLanguage');
  });

  it('refuses a language the contract cannot be written in', () => {
    expect(ContractTerms.safeParse({ ...inLanguage('en'), language: 'fr' }).success).toBe(false);
  });
});

describe('due dates in the contract’s language', () => {
  const fixed = { anchor: 'fixed', onDate: '2026-04-15', offsetDays: 0, dayCount: 'calendar' } as const;
  const counted = { anchor: 'signed', offsetDays: 5, dayCount: 'working' } as const;

  it('stays as it was in English', () => {
    expect(dueWords(fixed)).toBe('on 15 April 2026');
    expect(dueWords(counted)).toBe('5 working days after signing');
  });

  it('is Chinese or Dutch when the contract is', () => {
    expect(dueWords(fixed, 'zh')).toBe('2026年4月15日当日');
    expect(dueWords(counted, 'zh')).toBe('签署后5个工作日内');
    expect(dueWords(fixed, 'nl')).toBe('op 15 april 2026');
    expect(dueWords({ ...counted, offsetDays: 1 }, 'nl')).toBe('1 werkdag na ondertekening');
  });
});

describe('typed text inside a sentence', () => {
  it('is never read as part of the message', () => {
    const terms = inLanguage('zh');
    terms.parties.brandRepresentative = "$t(clauses:title.fee) {{x}} {a} 'q'";
    expect(textOf(renderContract(terms))).toContain("授权代表：$t(clauses:title.fee) {{x}} {a} &#39;q&#39;（以下简称“甲方”）");
  });
});
