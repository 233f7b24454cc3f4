import { afterEach, describe, expect, it, vi } from 'vitest';

// The page's API module reads the desktop bridge when it loads; here there is no page around it.
vi.hoisted(() => Object.assign(globalThis, { window: { followthrough: {} } }));
import { z } from 'zod';
import { problem } from '../../shared/i18n/problems';
import { ApiCallError } from './api';
import { errorText, issuesToErrors, refusalText, validateWith } from './formErrors';
import { i18n } from './i18n';

afterEach(() => i18n.changeLanguage('en'));

describe('errors in the interface language', () => {
  const refusal = new ApiCallError({
    code: 'BAD_INPUT',
    message: 'language: Choose a language or "same as this computer"',
    issues: [{ path: ['language'], message: 'Choose a language or "same as this computer"', key: 'chooseLanguage', params: {} }],
  });

  it('says a coded refusal at its field in the chosen language', async () => {
    await i18n.changeLanguage('zh');
    expect(issuesToErrors(refusal.issues)).toEqual({ language: '请选择一种语言，或选择“跟随系统”' });
    expect(errorText(refusal)).toBe('请选择一种语言，或选择“跟随系统”');
  });

  it('says why the disk refused in the chosen language', async () => {
    await i18n.changeLanguage('nl');
    const full = new ApiCallError({ code: 'INTERNAL', message: 'The disk is full.', reason: 'disk_full' });
    expect(errorText(full)).toMatch(/^De schijf is vol/);
  });

  it('keeps the English sentence for a key it does not know, and a plain sentence as it is', async () => {
    await i18n.changeLanguage('zh');
    expect(errorText(new ApiCallError({ code: 'CONFLICT', message: 'Newer app', key: 'noSuchKey' }))).toBe('Newer app');
    expect(errorText(new ApiCallError({ code: 'CONFLICT', message: 'Plain words' }))).toBe('Plain words');
  });

  it('words a coded zod message checked in the page', async () => {
    await i18n.changeLanguage('nl');
    const validate = validateWith(z.object({ language: z.enum(['en'], { error: problem('chooseLanguage') }) }), (v: object) => v);
    expect(validate({ language: 'fr' })).toEqual({ language: 'Kies een taal of "zelfde als deze computer"' });
  });

  it('says a service refusal in a notification in the chosen language, with its values', async () => {
    const missing = new ApiCallError({ code: 'NOT_FOUND', message: 'Creator #7 does not exist.', key: 'service.notFound', params: { what: 'creator', id: 7 } });
    expect(errorText(missing)).toBe('Creator #7 does not exist.');
    await i18n.changeLanguage('zh');
    expect(errorText(missing)).toBe('达人 #7 不存在。');
    await i18n.changeLanguage('nl');
    expect(errorText(missing)).toBe('Maker #7 bestaat niet.');
  });

  it('says a row of an import in the chosen language', async () => {
    await i18n.changeLanguage('zh');
    const row = { line: 3, column: 'likes', message: 'Likes (1,200) cannot be more than the views (1,000).', key: 'field.beyondViews', params: { field: 'likes', count: 1200, views: 1000 } };
    expect(refusalText(row)).toBe('点赞数（1,200）不能超过浏览量（1,000）。');
    expect(refusalText({ message: 'Plain words' })).toBe('Plain words');
  });

  it('words the refusal a bulk move passes on, not only its own sentence', async () => {
    await i18n.changeLanguage('nl');
    const params = { name: 'Mia', because: 'Collaboration #4 does not exist.', becauseKey: 'service.notFound', 'because.what': 'collaboration', 'because.id': 4 };
    const error = new ApiCallError({ code: 'NOT_FOUND', message: 'None was moved: Mia: Collaboration #4 does not exist.', key: 'service.noneMovedNamed', params });
    expect(errorText(error)).toBe('Er is niets verplaatst: Mia: Samenwerking #4 bestaat niet.');
  });
});
