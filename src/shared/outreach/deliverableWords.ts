import type { TemplateLanguage } from './kinds';

/*
 * How a message names a milestone. The contract presets name their milestones in English; when the
 * brand kept those names, a message in another language says them in that language, with the
 * article the sentence needs. A milestone the brand named itself is quoted as written.
 */
const PRESET_NAMES: Record<string, Record<TemplateLanguage, string>> = {
  'product feedback': { en: 'your product feedback', zh: '产品反馈', nl: 'je feedback op het product' },
  script: { en: 'the script', zh: '脚本', nl: 'het script' },
  'first draft': { en: 'the first draft', zh: '初稿', nl: 'de eerste versie' },
  'final video published': { en: 'the final video', zh: '正式视频', nl: 'de definitieve video' },
  'post published': { en: 'the post', zh: '帖子', nl: 'de post' },
};

export function deliverableWords(name: string, language: TemplateLanguage): string {
  const key = name.trim().toLowerCase();
  const known = PRESET_NAMES[key];
  if (known) return known[language];
  return language === 'en' ? key : name.trim();
}
