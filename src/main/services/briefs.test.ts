import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BriefContent } from '../../shared/brief/schemas';
import { EMPTY_BRIEF } from '../../shared/brief/merge';
import { createDispatcher } from '../api/dispatcher';
import { materials } from '../db/schema';
import { archiveApi } from '../testing/archiveApi';
import { contracted } from '../testing/contracted';
import { snapshot, testContext } from '../testing/context';

/*
 * The creative brief through the API: a campaign's, a collaboration's fields on top of it, the
 * check before it is sent, the one page in the creator's language, and the contract's brief clause
 * that starts from it.
 */

let ctx: ReturnType<typeof testContext>;
let api: ReturnType<typeof archiveApi>;
let campaignId: number;
let creatorId: number;
let collaborationId: number;

const campaignBrief: BriefContent = {
  ...EMPTY_BRIEF,
  product: 'Glow serum',
  mustSay: ['Lasts all day', 'No perfume'],
  mustNot: ['Other brands’ products'],
  format: 'One YouTube video',
  length: '60–90 seconds',
  style: 'Morning routine,\nnatural light',
  tags: ['#glowserum', '@lumen'],
  links: ['https://lumen.example/glow'],
  disclosure: '#ad',
  contactName: 'Ana',
  contactDetail: 'ana@lumen.example',
  draftHandIn: 'Upload to the shared folder',
};

beforeEach(() => {
  ctx = testContext('2026-03-05T10:00:00.000Z');
  api = archiveApi(ctx);
  api.ok('settings.update', { timeZone: 'Europe/Amsterdam', brandName: 'Lumen', senderName: 'Ana' });
  creatorId = api.ok('influencers.create', { name: 'Mia Janssen', region: 'EU', language: 'nl' }).id;
  campaignId = api.ok('campaigns.create', { name: 'Spring glow', product: 'Glow serum' }).id;
  collaborationId = api.ok('collaborations.create', { creatorId, campaignId, feeMinor: 50_000, publishBy: '2026-04-10' }).id;
});
afterEach(() => ctx.cleanup());

const briefRows = () => ctx.db.$client.prepare('SELECT campaign_id, collaboration_id, content FROM briefs ORDER BY id').all();

describe('a campaign’s brief', () => {
  it('is empty until saved, then reads back as saved', () => {
    const before = api.ok('briefs.get', { campaignId });
    expect(before).toMatchObject({ campaignId, collaborationId: null, saved: false, campaign: EMPTY_BRIEF, override: null, dates: null, language: null });
    expect(before.warnings.map((w) => w.code)).toEqual(['no_length', 'no_selling_points', 'no_contact']);

    const saved = api.ok('briefs.save', { campaignId, content: campaignBrief });
    expect(saved).toMatchObject({ saved: true, campaign: campaignBrief, effective: campaignBrief, overridden: [], updatedAt: '2026-03-05T10:00:00.000Z', warnings: [] });
    expect(api.ok('briefs.get', { campaignId })).toEqual(saved);

    // Saved again, it is replaced whole: a field left out is empty.
    const { style: _, ...withoutStyle } = campaignBrief;
    expect(api.ok('briefs.save', { campaignId, content: withoutStyle }).campaign!.style).toBe('');
    expect(briefRows()).toHaveLength(1);
  });
});

describe('a collaboration’s brief', () => {
  beforeEach(() => {
    api.ok('briefs.save', { campaignId, content: campaignBrief });
  });

  it('is the campaign’s with the fields it sets itself on top; the same value as the campaign’s is no override', () => {
    const state = api.ok('briefs.save', { collaborationId, override: { length: '30 seconds', mustSay: ['Lasts all day', 'No perfume'] } });
    expect(state.override).toEqual({ length: '30 seconds' });
    expect(state.overridden).toEqual(['length']);
    expect(state.effective).toEqual({ ...campaignBrief, length: '30 seconds' });
    expect(state.campaign).toEqual(campaignBrief);
    expect(state.language).toBe('nl');
    expect(state.dates).toEqual([{ key: 'own_publish_by', name: 'Post published', kind: 'publish', dueDate: '2026-04-10', basis: { from: 'publish_by' }, deliveredOn: null }]);

    // A later change of the campaign's brief reaches every field the collaboration does not set.
    api.ok('briefs.save', { campaignId, content: { ...campaignBrief, format: 'Three Reels' } });
    expect(api.ok('briefs.get', { collaborationId }).effective).toMatchObject({ format: 'Three Reels', length: '30 seconds' });
  });

  it('clears an override: back to the campaign’s, and no row of its own', () => {
    api.ok('briefs.save', { collaborationId, override: { length: '30 seconds', notes: 'Film outdoors' } });
    expect(briefRows()).toHaveLength(2);
    const state = api.ok('briefs.save', { collaborationId, override: { notes: 'Film outdoors' } });
    expect(state.overridden).toEqual(['notes']);
    const cleared = api.ok('briefs.save', { collaborationId, override: {} });
    expect(cleared).toMatchObject({ override: {}, overridden: [], effective: campaignBrief });
    expect(briefRows()).toEqual([{ campaign_id: campaignId, collaboration_id: null, content: JSON.stringify(campaignBrief) }]);
  });

  it('stands on its own without a campaign', () => {
    const alone = api.ok('collaborations.create', { creatorId, feeMinor: 0 }).id;
    const state = api.ok('briefs.save', { collaborationId: alone, override: { product: 'Lip balm', mustSay: ['Vegan'] } });
    expect(state).toMatchObject({ campaignId: null, campaign: null, overridden: ['product', 'mustSay'], effective: { ...EMPTY_BRIEF, product: 'Lip balm', mustSay: ['Vegan'] } });
  });
});

describe('refusals change nothing', () => {
  it('refuses an unknown campaign or collaboration, text that is too long, and a confused request', () => {
    api.ok('briefs.save', { campaignId, content: campaignBrief });
    const before = snapshot(ctx);
    const cases: [string, unknown, string, string | RegExp][] = [
      ['briefs.save', { campaignId: 999, content: campaignBrief }, 'NOT_FOUND', 'Campaign #999 does not exist.'],
      ['briefs.save', { collaborationId: 999, override: { length: '30 s' } }, 'NOT_FOUND', 'Collaboration #999 does not exist.'],
      ['briefs.get', { collaborationId: 999 }, 'NOT_FOUND', 'Collaboration #999 does not exist.'],
      ['briefs.render', { collaborationId: 999 }, 'NOT_FOUND', 'Collaboration #999 does not exist.'],
      ['briefs.save', { campaignId, content: { ...campaignBrief, style: 'x'.repeat(4001) } }, 'BAD_INPUT', 'content.style: Keep this under 4000 characters'],
      ['briefs.save', { collaborationId, override: { length: 'x'.repeat(501) } }, 'BAD_INPUT', 'override.length: Keep this under 500 characters'],
      ['briefs.save', { collaborationId, override: { mustSay: ['ok', '  '] } }, 'BAD_INPUT', 'override.mustSay.1: Write something in this entry, or remove it'],
      ['briefs.save', { campaignId, content: { ...campaignBrief, tags: Array.from({ length: 31 }, (_, i) => `#t${i}`) } }, 'BAD_INPUT', 'content.tags: At most 30 entries'],
      ['briefs.save', { campaignId, collaborationId, content: campaignBrief }, 'BAD_INPUT', 'Give a campaignId or a collaborationId, not both'],
      ['briefs.save', { collaborationId, content: campaignBrief }, 'BAD_INPUT', /A collaboration’s brief is saved as override/],
      ['briefs.save', { campaignId, content: { ...campaignBrief, budget: 5 } }, 'BAD_INPUT', /budget/],
      ['briefs.render', { collaborationId, language: 'zh', secondLanguage: 'zh' }, 'BAD_INPUT', /second language other than the brief’s language/],
      // The creator reads Dutch, so Dutch cannot be the second language of a brief in their language.
      ['briefs.render', { collaborationId, secondLanguage: 'nl' }, 'BAD_INPUT', /second language other than the brief’s language/],
    ];
    for (const [name, input, code, message] of cases) {
      const error = api.refused(name as 'briefs.save', input as never);
      expect(error.code, name).toBe(code);
      expect(error.message, JSON.stringify(input).slice(0, 80)).toMatch(message);
      expect(snapshot(ctx)).toEqual(before);
    }
  });
});

describe('the brief check', () => {
  it('flags a collaboration with no dates and a brief with no selling points', () => {
    const undated = api.ok('collaborations.create', { creatorId, campaignId, feeMinor: 0 }).id;
    api.ok('briefs.save', { campaignId, content: { ...campaignBrief, mustSay: [] } });
    expect(api.ok('briefs.get', { collaborationId: undated }).warnings).toEqual([{ code: 'no_dates' }, { code: 'no_selling_points' }]);
    // The publish-by date is a date: the dated collaboration is only missing its selling points.
    expect(api.ok('briefs.get', { collaborationId }).warnings).toEqual([{ code: 'no_selling_points' }]);
  });

  it('flags no length and no contact, and a deadline in the creator’s holidays', () => {
    api.ok('collaborations.update', { id: collaborationId, publishBy: '2026-12-28' });
    api.ok('briefs.save', { campaignId, content: { ...campaignBrief, length: '', contactName: '', contactDetail: '' } });
    expect(api.ok('briefs.get', { collaborationId }).warnings).toEqual([
      { code: 'no_length' },
      { code: 'no_contact' },
      { code: 'deadline_in_holidays', key: 'own_publish_by', name: 'Post published', dueDate: '2026-12-28', holiday: 'christmas_new_year', start: '2026-12-20', end: '2027-01-02' },
    ]);
  });
});

describe('the one-page brief', () => {
  beforeEach(() => {
    api.ok('briefs.save', { campaignId, content: { ...campaignBrief, mustSay: ['Lasts all day', '<script>alert("x")</script>'] } });
    const at = '2026-03-01T09:00:00.000Z';
    const file = { campaignId, stored: 'a.pdf', bytes: 10, sha256: 'a'.repeat(64), mediaType: 'application/pdf', addedAt: at };
    ctx.db.insert(materials).values([
      { ...file, kind: 'manual', name: 'Serum manual.pdf' },
      { ...file, kind: 'photos', name: 'Old photos.zip', removedAt: at },
    ]).run();
  });

  it('is in the creator’s language by default, with their dates, the material, and the brand’s text escaped', () => {
    const { html, filename } = api.ok('briefs.render', { collaborationId });
    expect(filename).toBe('brief-mia-janssen-2026-03-05.pdf');
    expect(html).toContain('<html lang="nl-NL">');
    expect(html).toContain('Jouw data');
    expect(html).toContain('<td>Post gepubliceerd</td><td>10 april 2026</td>');
    expect(html).toContain('Serum manual.pdf (handleiding)');
    expect(html).not.toContain('Old photos.zip');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Morning routine,<br>natural light');
  });

  it('in English, Chinese and Dutch, each with the dates as that language writes them', () => {
    const cases = [
      ['en', 'Your dates', '10 April 2026', 'Hi Mia Janssen,'],
      ['zh', '你的日期', '2026年4月10日', 'Mia Janssen，你好！'],
      ['nl', 'Jouw data', '10 april 2026', 'Hoi Mia Janssen,'],
    ] as const;
    for (const [language, heading, date, greeting] of cases) {
      const { html } = api.ok('briefs.render', { collaborationId, language });
      expect(html, language).toContain(heading);
      expect(html, language).toContain(date);
      expect(html, language).toContain(greeting);
      expect(html, language).toContain('Glow serum');
      expect(html, language).not.toContain('<script>');
    }
  });

  it('lists a contract’s dates, counted ones in words until the product arrives', () => {
    const signed = contracted(ctx, { creatorName: 'Lin Wei', productReceivedOn: null, stage: 'signed' }).collaborationId;
    const { html } = api.ok('briefs.render', { collaborationId: signed, language: 'en' });
    expect(html).toContain('Final video published');
    expect(html).toContain('20 calendar days after the product is received');
    const received = contracted(ctx, { creatorName: 'Jo Park', productReceivedOn: '2026-03-02' }).collaborationId;
    expect(api.ok('briefs.render', { collaborationId: received, language: 'en' }).html).toContain('22 March 2026');
  });

  it('puts two languages side by side', () => {
    const { html } = api.ok('briefs.render', { collaborationId, language: 'en', secondLanguage: 'zh' });
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toMatch(/<span class="side" lang="en-GB">Your dates<\/span><span class="side" lang="zh-CN">你的日期<\/span>/);
  });

  it('is a valid Word file with the same content', async () => {
    const dispatch = createDispatcher(ctx);
    const result = await dispatch('briefs.docx', { collaborationId, language: 'en' });
    if (!result.ok) throw new Error(result.error.message);
    const { filename, base64 } = result.data as { filename: string; base64: string };
    expect(filename).toBe('brief-mia-janssen-2026-03-05.docx');
    const bytes = Uint8Array.from(Buffer.from(base64, 'base64'));
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml']));
    const words = [...strFromU8(files['word/document.xml']!).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
    expect(words).toContain('Your dates');
    expect(words).toContain('10 April 2026');
    expect(words).toContain('Lasts all day');
    expect(words).toContain('&lt;script&gt;');

    const paired = await dispatch('briefs.docx', { collaborationId, secondLanguage: 'en' });
    expect(paired.ok).toBe(true);
  });
});

describe('the contract’s brief clause', () => {
  it('starts from the brief when the contract is drafted, instead of the preset’s', () => {
    const preset = api.ok('contracts.get', { collaborationId }).terms.brief;
    // The creator reads Dutch, so the preset's words are Dutch.
    expect(preset).toMatchObject({ format: 'Een video', length: '60–90 seconden', sellingPoints: [], tags: [] });

    api.ok('briefs.save', { campaignId, content: campaignBrief });
    api.ok('briefs.save', { collaborationId, override: { length: '30 seconds' } });
    const drafted = api.ok('contracts.get', { collaborationId });
    expect(drafted.status).toBe('none');
    expect(drafted.terms.brief).toEqual({
      ...preset,
      format: 'One YouTube video',
      length: '30 seconds',
      style: 'Morning routine,\nnatural light',
      sellingPoints: ['Lasts all day', 'No perfume'],
      tags: ['#glowserum', '@lumen', 'https://lumen.example/glow'],
      disclosure: '#ad',
    });
    expect(api.ok('contracts.preset', { collaborationId, preset: 'paid_video_ads' }).brief.sellingPoints).toEqual(['Lasts all day', 'No perfume']);
  });

  it('leaves a saved contract as it is', () => {
    const terms = api.ok('contracts.get', { collaborationId }).terms;
    api.ok('contracts.save', { collaborationId, terms });
    api.ok('briefs.save', { campaignId, content: campaignBrief });
    expect(api.ok('contracts.get', { collaborationId }).terms).toEqual(terms);
  });
});
