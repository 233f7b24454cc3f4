import { afterEach, describe, expect, it, vi } from 'vitest';

// The page's API module reads the desktop bridge when it loads; here there is no page around it.
vi.hoisted(() => Object.assign(globalThis, { window: { followthrough: {} } }));
import { z } from 'zod';
import { presetTerms } from '../../shared/contract/presets';
import { ContractTerms } from '../../shared/contract/terms';
import { problem } from '../../shared/i18n/problems';
import { spelled } from '../../shared/i18n/spelled';
import { carried, listed } from '../../shared/i18n/wording';
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

  // As the API sends it: the English sentence, with the key and values it was made from.
  const sent = (code: ApiCallError['code'], message: string) => new ApiCallError({ code, ...spelled(message) });

  it('names a contract clause by its code, in the words and grammar of the chosen language', async () => {
    const terms = presetTerms('paid_video', { brandName: 'Lumen', senderName: 'Ana', creatorName: 'Mia', creatorHandle: '', creatorEmail: '', platforms: ['youtube'], feeMinor: 100_000, currency: 'EUR', product: 'Serum', productValueMinor: null, creatorRegion: 'EU' });
    const bad = { ...terms, title: '', lateDelivery: { ...terms.lateDelivery, capPct: 250, graceDays: -3 } };
    const validate = validateWith(ContractTerms, (v: ContractTerms) => v);
    expect(validate(bad)).toMatchObject({ title: 'Enter a title', 'lateDelivery.capPct': 'The cap is at most 100 %', 'lateDelivery.graceDays': 'The grace days cannot be less than 0' });
    await i18n.changeLanguage('zh');
    expect(validate(bad)).toMatchObject({ title: '请填写标题', 'lateDelivery.capPct': '扣款上限最多为 100%', 'lateDelivery.graceDays': '宽限天数不能小于 0' });
    await i18n.changeLanguage('nl');
    expect(validate(bad)).toMatchObject({ title: 'Vul een titel in', 'lateDelivery.capPct': 'Het maximum van de inhouding is hoogstens 100 %', 'lateDelivery.graceDays': 'Het aantal respijtdagen mag niet lager zijn dan 0' });
  });

  it('says each open obligation of an inactive creator in the chosen language', async () => {
    const owed = listed('owed', 'service.obligation', [
      { has: 'both', name: '初稿', campaign: '春季上新', due: '2026-03-17' },
      { has: 'due', name: '成片发布', campaign: '', due: '2026-03-22' },
    ]);
    const refused = sent('FORBIDDEN', problem('service.inactiveStrikesOwes', { name: 'Mia Chen', strikes: 3, ...owed }));
    expect(refused.message).toBe('Mia Chen is inactive (3 active strikes) and cannot join new collaborations until their open obligations are completed: 初稿 for 春季上新, due 2026-03-17; 成片发布, due 2026-03-22.');
    await i18n.changeLanguage('zh');
    expect(errorText(refused)).toBe('Mia Chen 目前处于停用状态（3 次有效警告），在完成以下未履行的义务之前不能加入新的合作：初稿（活动：春季上新，2026-03-17 截止）；成片发布（2026-03-22 截止）。');
  });

  it('says why a backup cannot be restored, and why a copy failed, in the chosen language', async () => {
    const file = { message: 'it is cut short (3 of 8 pages)', key: 'service.fileFault', params: { fault: 'cutShortPages', pages: 3, total: 8, detail: '' } };
    const restore = sent('CONFLICT', problem('service.cannotRestore', { source: 'file', name: 'old.db', ...carried('fault', file) }));
    expect(restore.message).toBe('The file old.db cannot be restored: it is cut short (3 of 8 pages). Nothing was changed.');
    const full = { message: 'the disk is full', key: 'service.copyFault', params: { fault: 'disk_full', folder: '', trouble: '', detail: '' } };
    const kept = sent('CONFLICT', problem('service.stepRefused', { step: 'keep', ...carried('why', full) }));
    expect(kept.message).toBe('Nothing was changed, because the data you have now could not be kept first: the disk is full. Free some space and try again.');
    await i18n.changeLanguage('nl');
    expect(errorText(restore)).toBe('Het bestand old.db kan niet worden teruggezet: het is afgebroken (3 van 8 pagina’s). Er is niets gewijzigd.');
    expect(errorText(kept)).toBe('Er is niets gewijzigd, omdat je huidige gegevens niet eerst bewaard konden worden: de schijf is vol. Maak wat ruimte vrij en probeer het opnieuw.');
    await i18n.changeLanguage('zh');
    expect(errorText(kept)).toBe('未做任何更改，因为无法先保留你现有的数据：磁盘已满。请释放一些空间后重试。');
  });

  it('words an import refused for its rows, the first row’s own problem included', async () => {
    const cell = spelled(problem('field.cell.notWhole', { why: 'notWhole', text: '12k' }));
    const refused = sent('BAD_INPUT', problem('service.importRefused', { count: 6, line: 3, at: 'cell', column: 'views', ...carried('because', cell) }));
    expect(refused.message).toBe('6 problems in the file; nothing was imported. Line 3, views: “12k” is not a whole number …');
    await i18n.changeLanguage('zh');
    expect(errorText(refused)).toBe('文件中有 6 个问题，未导入任何内容。第 3 行，views：“12k”不是整数 …');
    const column = spelled(problem('service.chooseColumn', { field: 'email' }));
    expect(column.message).toBe('Choose the column with the email.');
    expect(refusalText(column)).toBe('请选择邮箱所在的列。');
  });

  it('says why the second backup folder got no copy, a sentence of the settings catalog, in the chosen language', async () => {
    const why = { message: 'the copy failed its check (it is empty)', key: 'service.copyFault', params: { fault: 'copyCheck', folder: '', trouble: '', detail: '', ...carried('check', { message: 'it is empty', key: 'service.fileFault', params: { fault: 'empty' } }) } };
    const copy = { message: 'Not copied to the second folder /Volumes/USB: the copy failed its check (it is empty).', key: 'settings:backups.notCopied', params: { folder: '/Volumes/USB', ...carried('why', why) } };
    expect(refusalText(copy)).toBe(copy.message);
    await i18n.changeLanguage('nl');
    expect(refusalText(copy)).toBe('Niet gekopieerd naar de tweede map /Volumes/USB: de kopie kwam niet door de controle (het is leeg).');
    await i18n.changeLanguage('zh');
    expect(refusalText(copy)).toBe('没有复制到第二文件夹 /Volumes/USB：副本未通过检查（文件是空的）。');
  });

  it('says why a link did not open in the chosen language', async () => {
    const failed = sent('INTERNAL', problem('service.linkNotOpened', { reason: 'No application is registered for mailto' }));
    expect(failed.message).toBe('The link did not open: no app on this computer took it (No application is registered for mailto).');
    await i18n.changeLanguage('zh');
    expect(errorText(failed)).toBe('链接没有打开：这台电脑上没有能打开它的应用（No application is registered for mailto）。');
  });

  it('says a field set by the contract in force in the chosen language', async () => {
    const locked = sent('CONFLICT', problem('service.dealLocked', { field: 'currency', version: 2 }));
    await i18n.changeLanguage('nl');
    expect(errorText(locked)).toBe('De valuta ligt vast in contract v2. Wil je dit wijzigen, maak dan een nieuwe versie van het contract definitief.');
  });
});
