import { describe, expect, it } from 'vitest';
import { createI18n } from './createI18n';
import { localeFromTags, resolveLocale } from './locales';

describe('createI18n', () => {
  it('speaks the language it was made for, with namespaces', () => {
    expect(createI18n('en').t('nav.board')).toBe('Board');
    expect(createI18n('zh').t('domain:stage.product_shipped')).toBe('已寄样');
    expect(createI18n('nl').t('domain:stage.in_review')).toBe('Ter beoordeling');
  });

  it('fills ICU arguments', () => {
    expect(createI18n('zh').t('language.system', { name: 'English' })).toBe('跟随系统（English）');
  });
});

describe('localeFromTags', () => {
  it('takes the first language of the computer the app speaks', () => {
    expect(localeFromTags(['fr-FR', 'nl-BE', 'en-US'])).toBe('nl');
    expect(localeFromTags(['zh-Hans-CN'])).toBe('zh');
    expect(localeFromTags(['zh_TW'])).toBe('zh');
  });

  it('falls back to English when it speaks none of them', () => {
    expect(localeFromTags(['fr-FR', 'de'])).toBe('en');
    expect(localeFromTags([])).toBe('en');
  });

  it('lets a chosen language win over the computer', () => {
    expect(resolveLocale('zh', ['nl-NL'])).toBe('zh');
    expect(resolveLocale('system', ['nl-NL'])).toBe('nl');
  });
});
