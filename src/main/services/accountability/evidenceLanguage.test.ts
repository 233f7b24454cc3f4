import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contracted } from '../../testing/contracted';
import { testContext } from '../../testing/context';
import { updateSettings } from '../settingsUpdate';
import { evidenceDocument, evidencePack } from './evidence';

let ctx: ReturnType<typeof testContext>;
let collaborationId: number;
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
  updateSettings(ctx, { timeZone: 'Europe/Amsterdam', brandName: 'Lumen', senderName: 'Ana' });
  ({ collaborationId } = contracted(ctx, { creatorName: 'Mia Chen', productReceivedOn: '2026-03-02', milestones: ['publish'] }));
});
afterEach(() => ctx.cleanup());

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the evidence pack in the brand’s language', () => {
  it('is written in the language the page asks for: its words, its deduction and its timeline', () => {
    const pack = evidencePack(ctx, { collaborationId, language: 'zh' });
    expect(pack.penalty!.explanation).not.toContain('days charged');
    expect(pack.chainStatement.join('')).toContain('SHA-256');
    expect(pack.chainStatement.join('')).toContain('记录');
    const printed = text(evidenceDocument(ctx, { collaborationId, language: 'zh' }).html);
    expect(printed).toContain('证据材料：Mia Chen');
    expect(printed).toContain('逾期与扣款');
    expect(printed).toContain('2026年3月22日');
  });

  it('without a language, is written in the one chosen in Settings', () => {
    updateSettings(ctx, { language: 'nl' });
    const html = evidenceDocument(ctx, { collaborationId }).html;
    expect(html).toContain('<html lang="nl-NL">');
    expect(text(html)).toContain('Bewijsdossier: Mia Chen');
    expect(text(html)).toContain('Vertraging en korting');
  });
});
