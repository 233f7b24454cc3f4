import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../db/eventChain';
import { snapshot } from '../../testing/context';
import { sampleWorkspace } from '../../testing/sampleWorkspace';
import type { Locale } from '../../../shared/i18n/locales';

const sample = sampleWorkspace('2026-03-25T10:00:00.000Z');
const { api } = sample;

/** What the brand reads of a freshly loaded sample, in the language chosen in Settings. */
function reloadedIn(language: Locale) {
  api.ok('sample.remove', {});
  api.ok('settings.update', { language });
  api.ok('sample.load', {});
  const cards = api.ok('collaborations.board', {}).cards;
  const messages: Record<string, string[]> = {};
  for (const card of cards) {
    for (const event of api.ok('events.list', { collaborationId: card.id }).reverse()) {
      if (event.type === 'message') (messages[card.creatorName] ??= []).push(event.data.text);
    }
  }
  return {
    campaigns: api
      .ok('campaigns.list', {})
      .sort((a, b) => a.id - b.id)
      .map((c) => ({ name: c.name, product: c.product, goals: c.goals })),
    products: [...new Set(cards.map((c) => c.product))].sort(),
    parcel: api.ok('shipments.list', {}).flatMap((s) => s.items.map((i) => i.name)),
    posts: cards.flatMap((c) => api.ok('deliverables.list', { collaborationId: c.id }).map((d) => d.title)),
    messages,
  };
}

// Each creator is written to in their own language whatever the brand speaks; Aiko, in Japanese, in English.
const CONVERSATIONS = {
  'Mia Janssen': ['Hoi Mia, we zijn echt fan van je doordeweekse recepten. Zin in een samenwerking met onze nieuwe gietijzeren pan?'],
  'Lin Wei': ['收到报价单啦，谢谢！1 条视频 + 3 条图文笔记，打包 1200 欧元可以吗？', '可以的。图文笔记能不能放在视频发布一周后再发？', '没问题，间隔一周可以。合同明天发你。'],
  'Jordan Reyes': ['Got the contract, reading it tonight. One question about usage rights.'],
  'Aiko Tanaka': [
    'How is filming going? Anything you need from us?',
    'Just checking in on the draft, which is due soon.',
    'The draft is now late. Could you let us know where things stand?',
  ],
};

const eventCount = () => (sample.ctx.db.$client.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;

describe('removing the sample data', () => {
  it('removes exactly the sample rows, marks their history, and leaves an empty workspace', () => {
    const mine = api.ok('influencers.create', { name: 'Ada Lovelace' });
    const events = eventCount();
    expect(api.ok('sample.remove', {})).toEqual({ creators: 6, campaigns: 2, collaborations: 10 });
    expect(api.ok('collaborations.board', {}).cards).toEqual([]);
    expect(api.ok('collaborations.board', { archived: true }).cards).toEqual([]);
    expect(api.ok('influencers.list', {}).map((c) => c.id)).toEqual([mine.id]);
    expect(api.ok('campaigns.list', {})).toEqual([]);
    expect(api.ok('notifications.due', {})).toEqual([]);
    // The history is never deleted: one mark per row removed, and the chain holds.
    expect(eventCount()).toBe(events + 18);
    expect(verifyChain(sample.ctx.db.$client).intact).toBe(true);
    expect(api.refused('sample.remove', {})).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/^There is no sample data to remove/) });
  });

  it('takes along what trying the board leaves: moves, an archived card, a fired reminder', () => {
    api.ok('collaborations.move', { id: 1, to: 'negotiating' });
    api.ok('collaborations.archive', { id: 2 });
    api.ok('notifications.check', {});
    expect(api.ok('sample.remove', {}).collaborations).toBe(10);
  });

  it('can be loaded again once removed', () => {
    api.ok('sample.remove', {});
    expect(api.ok('sample.load', {})).toEqual({ creators: 6, campaigns: 2, collaborations: 10 });
    expect(api.ok('collaborations.board', {}).cards).toHaveLength(10);
    expect(api.ok('sample.remove', {}).collaborations).toBe(10);
  });

  it('refuses, naming it, when the user recorded work of their own on it, and changes nothing', () => {
    api.ok('events.log', { collaborationId: 3, type: 'note', text: 'Called Jordan about the rate', at: '2026-03-25T09:00:00.000Z' });
    const before = snapshot(sample.ctx);
    const refused = api.refused('sample.remove', {});
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe(
      'The sample data has work of yours in it ("Note" on 2026-03-25), which removing it would lose. Archive what you no longer want to see instead.',
    );
    expect(snapshot(sample.ctx)).toEqual(before);
  });

  it('counts as work an edit of a sample creator, campaign or contract draft, and a collaboration of your own with the sample', () => {
    api.ok('influencers.update', { id: 2, email: 'lin@example.com' });
    api.ok('campaigns.update', { id: 1, budgetMinor: 5 });
    const terms = api.ok('contracts.preset', { collaborationId: 5, preset: 'paid_video' });
    api.ok('contracts.save', { collaborationId: 5, terms: { ...terms, replySlaHours: terms.replySlaHours + 12 } });
    const own = api.ok('collaborations.create', { creatorId: 3, feeMinor: 0, currency: 'EUR' });
    const refused = api.refused('sample.remove', {});
    expect(refused.issues?.map((i) => i.message)).toEqual([
      "you changed Lin Wei's details",
      'you changed the campaign Spring kitchen launch',
      'you changed the contract draft of collaboration #5',
      `your own collaboration #${own.id} with Jordan Reyes uses the sample`,
    ]);
  });
});

describe('the sample in the brand\'s language', () => {
  it('in English is what it always was', () => {
    expect(reloadedIn('en')).toEqual({
      campaigns: [
        { name: 'Spring kitchen launch', product: 'Cast-iron skillet', goals: 'Show the skillet in real weekday cooking; drive sign-ups for the launch discount.' },
        { name: 'Desk setup series', product: 'Bamboo monitor stand', goals: 'Honest desk-setup videos with a discount link.' },
      ],
      products: ['', 'Bamboo monitor stand', 'Cast-iron skillet'],
      parcel: ['Cast-iron skillet 26 cm'],
      posts: ['Cast-iron weeknight dinners'],
      messages: CONVERSATIONS,
    });
  });

  it('in Chinese has the brand\'s own words in Chinese, and the same conversations', () => {
    expect(reloadedIn('zh')).toEqual({
      campaigns: [
        { name: '春季厨具新品上市', product: '铸铁煎锅', goals: '展示煎锅在工作日家常菜里的真实使用场景；为上市优惠引流注册。' },
        { name: '桌面改造系列', product: '竹制显示器支架', goals: '真实的桌面布置视频，附专属折扣链接。' },
      ],
      products: ['', '竹制显示器支架', '铸铁煎锅'],
      parcel: ['铸铁煎锅 26 厘米'],
      posts: ['用铸铁锅搞定工作日晚餐'],
      messages: CONVERSATIONS,
    });
  });

  it('in Dutch has the brand\'s own words in Dutch, and the same conversations', () => {
    expect(reloadedIn('nl')).toEqual({
      campaigns: [
        { name: 'Voorjaarslancering keuken', product: 'Gietijzeren koekenpan', goals: 'Laat de koekenpan zien in echte doordeweekse kookmomenten; meer aanmeldingen voor de introductiekorting.' },
        { name: 'Serie bureau-opstellingen', product: 'Bamboe monitorstandaard', goals: "Eerlijke video's over de bureau-opstelling, met een kortingslink." },
      ],
      products: ['', 'Bamboe monitorstandaard', 'Gietijzeren koekenpan'],
      parcel: ['Gietijzeren koekenpan 26 cm'],
      posts: ['Doordeweeks koken met gietijzer'],
      messages: CONVERSATIONS,
    });
  });

  it('is removed whole after the brand switched language', () => {
    reloadedIn('zh');
    api.ok('settings.update', { language: 'nl' });
    expect(api.ok('sample.remove', {})).toEqual({ creators: 6, campaigns: 2, collaborations: 10 });
    expect(api.ok('campaigns.list', {})).toEqual([]);
    expect(api.ok('collaborations.board', {}).cards).toEqual([]);
  });
});
