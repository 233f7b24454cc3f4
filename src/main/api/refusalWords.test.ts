import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/createI18n';
import { contracted } from '../testing/contracted';
import { testContext } from '../testing/context';
import { createDispatcher } from './dispatcher';

// What a page does with a coded refusal: say its key with its values in the page's language.
const say = (locale: 'en' | 'zh' | 'nl', key: string, params: object = {}) =>
  (translator(locale) as unknown as (key: string, params: object) => string)(`errors:${key}`, params);

let ctx: ReturnType<typeof testContext>;
let dispatch: ReturnType<typeof createDispatcher>;
let collaborationId: number;
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
  dispatch = createDispatcher(ctx);
  collaborationId = contracted(ctx, { productReceivedOn: '2026-03-02' }).collaborationId;
});
afterEach(() => ctx.cleanup());

async function refusal(name: Parameters<typeof dispatch>[0], input: unknown) {
  const result = await dispatch(name, input);
  if (result.ok) throw new Error(`${name} accepted ${JSON.stringify(input)}`);
  return result.error;
}

describe('a refusal by code', () => {
  it('from a schema keeps its English sentence, and has a key and values the page words in Chinese and Dutch', async () => {
    const error = await refusal('campaigns.create', { name: 'Spring', startDate: '2026-03-01', endDate: '2026-02-01' });
    const issue = error.issues?.find((i) => i.path.join('.') === 'endDate');
    expect(issue?.message).toBe('The end date (2026-02-01) cannot be before the start date (2026-03-01)');
    expect(issue?.key).toBe('field.dateBefore');
    expect(issue?.params).toEqual({ which: 'endDate', start: '2026-03-01', end: '2026-02-01' });
    expect(say('zh', issue!.key!, issue!.params)).toBe('结束日期（2026-02-01）不能早于开始日期（2026-03-01）');
    expect(say('nl', issue!.key!, issue!.params)).toBe('De einddatum (2026-02-01) kan niet vóór de startdatum (2026-03-01) liggen');
  });

  it('from a schema names the missing text in the language of the page', async () => {
    const error = await refusal('influencers.create', { name: '' });
    const issue = error.issues?.find((i) => i.path.join('.') === 'name');
    expect(issue?.message).toBe('Enter a name');
    expect(say('zh', issue!.key!, issue!.params)).toBe('请填写名称');
    expect(say('nl', issue!.key!, issue!.params)).toBe('Vul een naam in');
  });

  it('from a service keeps its English sentence, and has a key and values the page words in Chinese and Dutch', async () => {
    const error = await refusal('collaborations.get', { id: 999 });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('Collaboration #999 does not exist.');
    expect(error.key).toBe('service.notFound');
    expect(say('zh', error.key!, error.params)).toBe('合作 #999 不存在。');
    expect(say('nl', error.key!, error.params)).toBe('Samenwerking #999 bestaat niet.');
  });

  it('from the notification, deadline and contract inputs: each has a key the page words', async () => {
    const cases: [Parameters<typeof dispatch>[0], unknown, string, string, string][] = [
      ['notifications.list', { limit: 501 }, 'limit', 'At most 500 notifications per page', 'Hoogstens 500 herinneringen per pagina'],
      ['notifications.list', { all: 'yes' }, 'all', 'Expected true or false', 'Verwacht true of false'],
      ['notifications.ack', { ids: [] }, 'ids', 'Give at least one notification id', 'Geef minstens één id van een herinnering'],
      ['notifications.check', { asOf: '2026-03-25T10:00:00.000Z' }, 'asOf', 'A check records what it fires, so it always runs as of now; use notifications.due to look at another moment', 'Een controle legt vast wat ze verstuurt en gaat dus altijd uit van nu; gebruik notifications.due om een ander moment te bekijken'],
      ['deadlines.reopen', { id: 1, reason: '  ' }, 'reason', 'Say why it is reopened', 'Geef aan waarom het wordt heropend'],
      ['deadlines.list', { openOnly: 'no' }, 'openOnly', 'Expected true or false', 'Verwacht true of false'],
      ['contracts.render', { collaborationId, version: 'v2' }, 'version', 'Expected a version number', 'Verwacht een versienummer'],
    ];
    for (const [name, input, path, english, dutch] of cases) {
      const issue = (await refusal(name, input)).issues?.find((i) => i.path.join('.') === path);
      expect(issue?.message, name).toBe(english);
      expect(say('nl', issue!.key!, issue!.params), name).toBe(dutch);
      expect(say('zh', issue!.key!, issue!.params), name).toMatch(/\p{Script=Han}/u);
    }
  });

  it('names a stage by its code, so no English word sits inside a Chinese sentence', async () => {
    const error = await refusal('collaborations.move', { id: collaborationId, from: 'prospect', to: 'published' });
    expect(error.message).toMatch(/^This collaboration is already in "[^"]+", not "Prospect"\. The board has been refreshed; try again\.$/);
    expect(error.params).toMatchObject({ was: 'prospect' });
    const chinese = say('zh', error.key!, error.params);
    expect(chinese).toContain('潜在达人');
    expect(chinese).not.toMatch(/[A-Za-z]/);
  });
});
