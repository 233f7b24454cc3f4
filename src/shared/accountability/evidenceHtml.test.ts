import { describe, expect, it } from 'vitest';
import { CHAIN_STATEMENT } from './chainRef';
import { chainStatement, chainWords, renderEvidence } from './evidenceHtml';
import type { EvidencePack } from './schemas';

const HASH = '3f9a2c1d5e7b0a44'.repeat(4);
const pack: EvidencePack = {
  generatedAt: '2026-03-25T10:00:00.000Z',
  asOf: '2026-03-25T10:00:00.000Z',
  timeZone: 'Europe/Amsterdam',
  brand: { name: 'Lumen', sender: 'Ana' },
  creator: { id: 1, name: 'Mia Chen', handles: ['instagram @mia'], email: null },
  collaboration: { id: 7, stage: 'in_production', campaign: 'Spring', product: 'Serum', feeMinor: 123_456, currency: 'EUR', signedOn: '2026-03-01', productReceivedOn: '2026-03-02' },
  contract: { version: 1, finalizedAt: '2026-03-01T09:00:00.000Z', sha256: HASH },
  milestones: [{ key: 'publish', name: 'Final video published', party: 'creator', dueDate: '2026-03-22', deliveredOn: null, daysLate: 3, status: 'overdue' }],
  penalty: null,
  amendments: [],
  events: [{ id: 1, at: '2026-03-01T09:00:00.000Z', recordedAt: '2026-03-01T09:00:00.000Z', type: 'collaboration.created', summary: 'Created', data: {}, hash: HASH }],
  strikes: [{ id: 1, creatorId: 1, collaborationId: 7, reason: 'late_without_reason', note: '', eventIds: [], at: '2026-03-24T09:00:00.000Z', status: 'active', withdrawnAt: null, withdrawnReason: null }],
  ratings: [],
  disputes: [],
  chain: { intact: true, checked: 1, headHash: HASH, head: { eventId: 1, hash: HASH, short: HASH.slice(0, 16), recordedAt: '2026-03-01T09:00:00.000Z' }, reference: null, broken: null, message: 'Intact: 1 event, each link checked.' },
  chainStatement: [...CHAIN_STATEMENT],
};
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the printed evidence pack in the brand’s language', () => {
  it('reads in English as it always has', () => {
    const html = renderEvidence(pack, 'A4', 'en');
    expect(html).toContain('<html lang="en-GB">');
    const printed = text(html);
    expect(printed).toContain('Evidence pack: Mia Chen, Spring');
    expect(printed).toContain('Brand Lumen, represented by Ana');
    expect(printed).toContain('Fee €1,234.56');
    expect(printed).toContain('Final video published Creator 22 Mar 2026 — 3 Overdue');
    expect(printed).toContain('Late without a valid reason — Active');
    expect(printed).toContain('Intact: 1 event, each link checked.');
    expect(printed).toContain(`Seal of the history as drawn up: ${HASH.slice(0, 16)} · 2026-03-01 09:00 UTC (event #1). A later rewrite of the history would not keep this seal.`);
    expect(printed).toContain(`Reference Ref. ${HASH.slice(0, 16)} · 2026-03-01 09:00 UTC (event #1)`);
  });

  it('prints Chinese headings, a Chinese font, and zh-CN money and dates', () => {
    const html = renderEvidence(pack, 'A4', 'zh');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('Noto Sans CJK SC');
    expect(html).not.toContain('"Page " counter(page)');
    const printed = text(html);
    expect(printed).toContain('证据材料：Mia Chen，Spring');
    for (const heading of ['合作双方', '生效合同', '截止日期', '警告', '记录校验']) expect(printed).toContain(heading);
    expect(printed).toContain('已逾期');
    expect(printed).toContain('完整：共 1 个事件，每一环均已校验。');
    expect(printed).toContain(`参考编号 ${HASH.slice(0, 16)}`);
    expect(printed).toContain(new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'EUR' }).format(1234.56));
    expect(printed).toContain('2026年3月22日');
    expect(printed).not.toContain('Evidence pack');
  });

  it('prints Dutch headings and nl-NL money and dates', () => {
    const printed = text(renderEvidence(pack, 'A4', 'nl'));
    expect(printed).toContain('Bewijsdossier: Mia Chen, Spring');
    for (const heading of ['Partijen', 'Geldend contract', 'Termijnen', 'Waarschuwingen', 'Controle van de geschiedenis']) expect(printed).toContain(heading);
    expect(printed).toContain('Lumen, vertegenwoordigd door Ana');
    expect(printed).toContain('€ 1.234,56');
    expect(printed).toContain('22 mrt 2026');
    expect(printed).toContain('Intact: 1 gebeurtenis, elke schakel gecontroleerd.');
  });
});

describe('the statement of what the chain proves', () => {
  it('is, in English, the statement the pack has always printed', () => {
    expect(chainStatement('en')).toEqual([...CHAIN_STATEMENT]);
    expect(chainStatement('zh').join('')).toContain('前 16 个字符');
  });
});

describe('the verdict on the history', () => {
  it('is said from its codes, in English as the check words it', () => {
    expect(chainWords({ intact: true, checked: 1234, broken: null }, 'en')).toBe('Intact: 1,234 events, each link checked.');
    expect(chainWords({ intact: false, checked: 1, broken: { eventId: 2, problem: 'changed', message: '' } }, 'en')).toBe('Not intact: event #2 was changed after it was recorded.');
    expect(chainWords({ intact: false, checked: 1, broken: { eventId: 2, problem: 'changed', message: '' } }, 'zh')).toBe('不完整：事件 #2 在记录后被修改过。');
  });
});
