import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { owesWords } from './owes';

const o = (name: string, dueDate: string | null, campaignName: string | null) => ({ milestoneId: 1, collaborationId: 1, name, dueDate, campaignName });

describe('why an inactive creator is greyed out in the picker', () => {
  it('names what they owe, when it was due and on which campaign', () => {
    expect(owesWords([o('First draft', '2026-03-17', 'Spring launch')])).toMatch(/^owes: First draft \(due .*2026\) on Spring launch$/);
    expect(owesWords([o('Script', null, null), o('First draft', null, null), o('Video', null, null)])).toBe('owes: Script; First draft and 1 more');
  });

  it('says when nothing is owed: made inactive by hand', () => {
    expect(owesWords([])).toBe('inactive: made so by hand on the Creators page');
  });

  it('speaks the interface language, keeping its word order', async () => {
    await i18n.changeLanguage('zh');
    try {
      expect(owesWords([o('初稿', '2026-03-17', '春季上新')])).toMatch(/^未完成：初稿（活动：春季上新，.*2026.* 截止）$/);
      expect(owesWords([])).toBe('已停用：在“达人”页面手动设置');
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
