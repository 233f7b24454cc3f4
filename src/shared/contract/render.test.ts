import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../html';
import { formatMoney } from '../money';
import { SEED } from './fixtures';
import { presetTerms } from './presets';
import { renderContract } from './render';
import type { ContractTerms } from './terms';

const XSS = '<img src=x onerror=alert(1)>';
const ESCAPED = '&lt;img src=x onerror=alert(1)&gt;';

const paid = (): ContractTerms => presetTerms('paid_video', SEED);

/** Every tag in the output, so text that merely mentions "onerror" does not count. */
const tags = (html: string): string[] => html.match(/<[^>]*>/g) ?? [];

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &#39; f');
  });

  it('leaves plain text alone', () => {
    expect(escapeHtml('Glow serum 60–90 s')).toBe('Glow serum 60–90 s');
  });
});

describe('renderContract escapes what users typed', () => {
  it('shows a hostile creator name as text', () => {
    const terms = paid();
    terms.parties.creatorName = XSS;
    const html = renderContract(terms);
    expect(html).toContain(ESCAPED);
    expect(html).not.toContain('<img');
  });

  it('escapes selling points, milestone names, free text and the title', () => {
    const terms = paid();
    terms.title = `Deal <b>${XSS}</b>`;
    terms.brief.sellingPoints = [`Point ${XSS}`];
    terms.milestones[0]!.name = `Step ${XSS}`;
    terms.legal.termination = `Line one ${XSS}\nLine two "quoted" & 'single'`;
    terms.usage.territory = XSS;
    terms.morals.triggers = XSS;
    const html = renderContract(terms);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain(`<li>Point ${ESCAPED}</li>`);
    expect(html).toContain(`<td>Step ${ESCAPED}</td>`);
    expect(html).toContain(`Line one ${ESCAPED}<br>Line two &quot;quoted&quot; &amp; &#39;single&#39;`);
    expect(html).toContain(`<title>Deal &lt;b&gt;${ESCAPED}&lt;/b&gt;</title>`);
  });

  it('has no script, event handlers or external resources', () => {
    const terms = presetTerms('paid_video_ads', { ...SEED, creatorName: XSS, product: XSS });
    terms.brief.tags = ['https://example.com/x" onload="alert(1)'];
    const html = renderContract(terms);
    expect(html).not.toMatch(/<script/i);
    for (const tag of tags(html)) {
      expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
      expect(tag).not.toMatch(/\s(src|href)\s*=/i);
    }
    expect(html).not.toMatch(/@import|url\(/i);
  });
});

describe('renderContract is deterministic', () => {
  it('gives byte-identical output for the same input', () => {
    const meta = { version: 2, finalizedAt: '2026-11-23T23:30:00.000Z' };
    expect(renderContract(paid(), meta)).toBe(renderContract(paid(), meta));
  });

  it('is a complete standalone document', () => {
    const html = renderContract(paid());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('</html>');
    expect(html).toContain('Prepared with Followthrough');
  });
});

describe('the paid video preset', () => {
  const html = renderContract(paid());

  it('states the fee, the deposit and the balance in money', () => {
    expect(html).toContain(formatMoney(100_000, 'EUR', 'en-GB'));
    expect(html).toContain('€1,000');
    expect(html).toContain('30 % of the fee (<strong>€300</strong>)');
    expect(html).toContain('€700');
    expect(html).toContain('within 7 calendar days of signing');
    expect(html).toContain('within 14 calendar days after the content is published');
    expect(html).toContain('€45');
  });

  it('has the reply time and the late-delivery terms', () => {
    expect(html).toContain('within 24 hours');
    expect(html).toContain('5 % of the fee for each day');
    expect(html).toContain('€50 a day');
    expect(html).toContain('capped at 50 %');
    expect(html).toContain('€500');
    expect(html).toContain('a delivery on the due date is not late');
    expect(html).toContain('most delayed');
    expect(html).toContain('From 10 days late, the brand may end this agreement in writing and claim back the deposit and the product');
    expect(html).not.toContain('are not counted');
  });

  it('lists the four milestones with their offsets', () => {
    for (const name of ['Product feedback', 'Script', 'First draft', 'Final video published']) {
      expect(html).toContain(`<td>${name}</td>`);
    }
    expect(html).toContain('20 calendar days after the product is received');
    expect(html).toContain('A milestone is due at the end of its due date, in the brand’s time zone.');
  });

  it('numbers the clauses consecutively in the agreed order', () => {
    const headings = [...html.matchAll(/<h2><span class="num">(\d+)\.<\/span> ([^<]+)<\/h2>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual([
      '1 Parties',
      '2 Fee and payment',
      '3 Brief and deliverables',
      '4 Communication',
      '5 Schedule',
      '6 Review and revisions',
      '7 Late delivery',
      '8 Content ownership and usage',
      '9 Kill fee',
      '10 Morals clause',
      '11 Termination',
      '12 Confidentiality',
      '13 Governing law',
    ]);
  });

  it('shows the kill fee, usage and a signature block', () => {
    expect(html).toContain('25 % of the fee (<strong>€250</strong>)');
    expect(html).toContain('90 days from publication');
    expect(html).toContain('YouTube');
    expect(html).toMatch(/class="signatures"[\s\S]*Signature[\s\S]*Date/);
  });
});

describe('the seeding preset', () => {
  const html = renderContract(presetTerms('seeding', SEED));

  it('is a gifting collaboration without deductions', () => {
    expect(html).toContain('product-for-content (gifting) collaboration');
    expect(html).toContain('no deductions apply');
    expect(html).not.toContain('of the fee for each day');
    expect(html).not.toContain('capped at');
    expect(html).not.toContain('Kill fee');
  });

  it('renumbers the clauses it leaves out', () => {
    const numbers = [...html.matchAll(/<h2><span class="num">(\d+)\.<\/span>/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
});

describe('header and paper', () => {
  it('says Draft without a version', () => {
    expect(renderContract(paid())).toContain('<p class="status">Draft</p>');
  });

  it('shows the version and the finalized date in UTC', () => {
    const html = renderContract(paid(), { version: 3, finalizedAt: '2026-11-23T23:30:00.000Z' });
    expect(html).toContain('Version 3 · finalized 23 November 2026');
  });

  it('uses A4 by default and Letter on request', () => {
    expect(renderContract(paid())).toContain('@page { size: A4;');
    const letter = renderContract(paid(), { paper: 'Letter' });
    expect(letter).toContain('@page { size: Letter;');
    expect(letter).not.toContain('size: A4');
  });
});

describe('clause details', () => {
  it('shows a licence without a duration as not agreed', () => {
    const terms = paid();
    terms.usage.licenceDays = null;
    terms.usage.perpetual = false;
    expect(renderContract(terms)).toMatch(/Duration<\/dt><dd><span class="missing">Not agreed/);
  });

  it('formats percentages with up to two decimals and no trailing zeros', () => {
    const terms = paid();
    terms.lateDelivery.deductionPctPerDay = 2.5;
    terms.lateDelivery.capPct = 33.33;
    const html = renderContract(terms);
    expect(html).toContain('2.5 % of the fee for each day');
    expect(html).toContain('(€25 a day)');
    expect(html).toContain('capped at 33.33 %');
    expect(html).toContain('€333.30');
  });

  it('mentions grace days only when there are some', () => {
    const terms = paid();
    terms.lateDelivery.graceDays = 2;
    expect(renderContract(terms)).toContain('The first 2 days late are not counted.');
  });

  it('describes working-day milestones and silence as approval', () => {
    const terms = paid();
    terms.milestones[1] = { ...terms.milestones[1]!, anchor: 'signed', dayCount: 'working', offsetDays: 3 };
    terms.review.silenceMeansApproval = true;
    const html = renderContract(terms);
    expect(html).toContain('3 working days after signing');
    expect(html).toContain('Working days exclude Saturdays, Sundays and public holidays.');
    expect(html).toContain('the draft counts as approved');
  });

  it('writes the disclosure rule of the market', () => {
    const terms = paid();
    terms.brief.disclosureMarket = 'uk';
    expect(renderContract(terms)).toContain('“#gifted” on its own is not enough');
    terms.brief.disclosureMarket = 'us';
    expect(renderContract(terms)).toContain('FTC');
  });

  it('skips empty legal text', () => {
    const terms = paid();
    terms.legal.governingLaw = '  ';
    expect(renderContract(terms)).not.toContain('Governing law');
  });
});

describe('a milestone on a fixed date', () => {
  it('prints its day in the schedule, and the others as before', () => {
    const terms = paid();
    terms.milestones = terms.milestones.map((m) => (m.key === 'publish' ? { ...m, anchor: 'fixed', onDate: '2026-04-15' } : m));
    const html = renderContract(terms);
    expect(html).toContain('<td>Final video published</td><td>on 15 April 2026</td>');
    expect(html).toContain('<td>First draft</td><td>15 calendar days after the product is received</td>');
  });
});
