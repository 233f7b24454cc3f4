import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../html';
import { renderContractDocx } from './docx';
import { SEED } from './fixtures';
import { presetTerms } from './presets';
import type { ContractTerms } from './terms';

const XSS = '<img src=x onerror=alert(1)>';

const paid = (): ContractTerms => presetTerms('paid_video', SEED);

async function unpack(terms: ContractTerms, meta = {}): Promise<Record<string, string>> {
  const bytes = await renderContractDocx(terms, meta);
  // A zip file starts with a local file header, "PK\x03\x04".
  expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

/** The words of the document, without the XML around them. */
const wordsOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('renderContractDocx', () => {
  it('is a Word package with the document, its styles and a page-number footer', async () => {
    const files = await unpack(paid());
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml']));
    const footer = Object.entries(files).find(([path]) => /^word\/footer\d*\.xml$/.test(path));
    expect(footer?.[1]).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });

  it('has the fee, the reply time and the late-delivery deduction', async () => {
    const text = wordsOf((await unpack(paid()))['word/document.xml']!);
    expect(text).toContain('The brand pays the creator a fee of €1,000');
    expect(text).toContain('The creator answers messages from the brand within 24 hours.');
    expect(text).toContain('the fee is reduced by 5 % of the fee for each day late (€50 a day), capped at 50 % of the fee (€500) in total');
    expect(text).toContain('Final video published');
    expect(text).toContain('20 calendar days after the product is received');
  });

  it('keeps the clauses of the draft, numbered in the same order, then the signatures', async () => {
    const xml = (await unpack(paid()))['word/document.xml']!;
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading2"\/>[\s\S]*?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      '1. Parties',
      '2. Fee and payment',
      '3. Brief and deliverables',
      '4. Communication',
      '5. Schedule',
      '6. Review and revisions',
      '7. Late delivery',
      '8. Content ownership and usage',
      '9. Kill fee',
      '10. Morals clause',
      '11. Termination',
      '12. Confidentiality',
      '13. Governing law',
      'Signatures',
    ]);
    expect(wordsOf(xml)).toMatch(/2\.1The brand pays[\s\S]*2\.2On signing[\s\S]*Prepared with Followthrough/);
  });

  it('writes what the user typed as text, never as markup', async () => {
    const terms = paid();
    terms.parties.creatorName = XSS;
    terms.title = `Deal <b>${XSS}</b>`;
    terms.brief.sellingPoints = [`Point ${XSS}`];
    terms.legal.termination = `Line one ${XSS}\nLine two "quoted" & 'single'`;
    const xml = (await unpack(terms))['word/document.xml']!;
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('<b>');
    expect(xml).toContain(escapeHtml(XSS));
    const text = wordsOf(xml);
    expect(text).toContain(`The creator: ${escapeHtml(XSS)}`);
    expect(text).toContain(`Point ${escapeHtml(XSS)}`);
    // The user's line break becomes a Word line break between the two lines.
    expect(xml).toMatch(/Line one [^<]*<\/w:t><\/w:r><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:br\/><w:t[^>]*>Line two/);
  });

  it('uses A4 by default and Letter on request, and shows the version', async () => {
    const a4 = (await unpack(paid()))['word/document.xml']!;
    expect(a4).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(wordsOf(a4)).toContain('Draft');
    const letter = (await unpack(paid(), { version: 2, finalizedAt: '2026-11-23T23:30:00.000Z', paper: 'Letter' }))['word/document.xml']!;
    expect(letter).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(wordsOf(letter)).toContain('Version 2 · finalized 23 November 2026');
  });

  it('handles a seeding contract without a schedule table or kill fee', async () => {
    const terms = presetTerms('seeding', SEED);
    terms.milestones = [];
    const text = wordsOf((await unpack(terms))['word/document.xml']!);
    expect(text).toContain('product-for-content (gifting) collaboration');
    expect(text).not.toContain('Kill fee');
    expect(text).not.toContain('Schedule');
  });

  it('leaves out the characters XML cannot hold, so Word opens the file; the rest of the text stays', async () => {
    const terms = paid();
    terms.title = 'Deal\uFFFE with Mia\uFFFF';
    terms.parties.brandName = 'Lumen\u0001 Skincare';
    terms.brief.sellingPoints = ['Glow\u0008 in \uD800one week'];
    terms.legal.termination = 'Ends\u000B early\tif\nboth agree 😀';
    const files = await unpack(terms);
    // XML 1.0's Char production: tab, line breaks, and everything from U+0020 but surrogate halves, U+FFFE and U+FFFF.
    const xmlChar = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
    const parts = Object.entries(files).filter(([path]) => /\.(xml|rels)$/.test(path));
    expect(parts.length).toBeGreaterThan(5);
    for (const [path, xml] of parts) {
      expect(xmlChar.test(xml), path).toBe(true);
      const problems: string[] = [];
      new DOMParser({ errorHandler: (level: string, message: string) => problems.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
      expect(problems, path).toEqual([]);
    }
    const text = wordsOf(files['word/document.xml']!);
    expect(text).toContain('Deal with Mia');
    expect(text).toContain('Glow in one week');
    expect(text).toContain('both agree 😀');
    expect(files['docProps/core.xml']).toContain('<dc:title>Deal with Mia</dc:title>');
    expect(files['docProps/core.xml']).toContain('Lumen Skincare');
  });
});
