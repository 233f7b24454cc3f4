import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Host } from './host';

/*
 * A Chinese- or Dutch-speaking brand goes through every page and every tab of its collaborations
 * and meets no English word it did not type: the visible text, and what a screen reader or a hover
 * says (aria-label, title, placeholder). Everything the brand typed here is Chinese, so in Chinese
 * any Latin word left is the app's own, except names that are the same in every language
 * (platforms, file formats, the app's name, keys on the keyboard). Dutch shares the alphabet, so
 * there the common English words give a sentence away.
 */

const NOW = '2026-06-15T02:00:00Z';
test.use({ now: NOW, timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 720 } });

const SAME_IN_EVERY_LANGUAGE = new Set([
  'Followthrough', 'Ctrl', 'CSV', 'JSON', 'PDF', 'SHA', 'Word', 'docx', 'ics', 'Enter', 'YYYY', 'Esc', 'UTC', 'eml', 'mbox',
  'Instagram', 'TikTok', 'YouTube', 'Reel', 'CPM', 'CPE', 'CNY', 'EUR', 'Shopify', 'KOL', 'brief', 'App', 'Google', 'Apple', 'Outlook',
  // What this brand typed: handles and addresses.
  'xiaomei', 'chenyi', 'example', 'com', 'BW',
]);

// Words no Dutch sentence uses ("review", "late", "fee", "of" and "post" are Dutch too).
const ENGLISH_ONLY = new Set([
  'the', 'and', 'with', 'your', 'you', 'after', 'day', 'days', 'not', 'yet', 'from', 'this', 'that', 'will', 'has', 'have', 'for',
  'due', 'paid', 'pay', 'ends', 'draft', 'deposit', 'balance', 'creator', 'creators', 'collaboration', 'collaborations', 'event',
  'events', 'reply', 'replies', 'strike', 'strikes', 'rated', 'median', 'publish', 'published', 'what', 'when', 'which', 'who',
  'add', 'edit', 'delete', 'save', 'cancel', 'close', 'hide', 'none', 'some', 'received', 'agreed', 'signing', 'calendar', 'working',
]);

async function seed(host: Host, language: 'zh' | 'nl'): Promise<number[]> {
  const ok = <T>(answer: { ok: boolean; data?: T; error?: unknown }): T => {
    expect(answer.ok, JSON.stringify(answer.error)).toBe(true);
    return answer.data!;
  };
  ok(await host.call('settings.update', { language, brandName: '光影', senderName: '王敏', currency: 'CNY', timeZone: 'Asia/Shanghai' }));
  const campaign = ok(await host.call('campaigns.create', { name: '春季新品', startDate: '2026-05-01', endDate: '2026-07-31', product: '保温杯' }));
  const lin = ok(await host.call('influencers.create', { name: '林小美', language: 'zh', region: 'CN', timeZone: 'Asia/Shanghai', handles: [{ platform: 'xiaohongshu', handle: 'xiaomei' }], email: 'xiaomei@example.com', shippingAddress: '上海市徐汇区衡山路 88 号' }));
  const chen = ok(await host.call('influencers.create', { name: '陈一', language: 'zh', region: 'CN', handles: [{ platform: 'douyin', handle: 'chenyi' }] }));

  // A paid video under a contract in Chinese: the creator's deadlines and the brand's own duties.
  const paid = ok(await host.call('collaborations.create', { creatorId: lin.id, campaignId: campaign.id, feeMinor: 500_000, currency: 'CNY', stage: 'contract_sent', product: '保温杯' })).id;
  const terms = ok(await host.call('contracts.preset', { collaborationId: paid, preset: 'paid_video' }));
  ok(await host.call('contracts.finalize', { collaborationId: paid, terms }));
  ok(await host.call('collaborations.update', { id: paid, productReceivedOn: '2026-06-01' }));
  ok(await host.call('payments.add', { collaborationId: paid, kind: 'deposit', paidOn: '2026-06-02', amountMinor: 150_000, method: '银行转账' }));
  ok(await host.call('events.log', { collaborationId: paid, type: 'message', direction: 'brand_to_creator', channel: 'dm', text: '样品收到了吗？', at: '2026-06-12T02:00:00.000Z' }));

  // Dates agreed without a contract.
  const own = ok(await host.call('collaborations.create', { creatorId: chen.id, campaignId: campaign.id, feeMinor: 200_000, currency: 'CNY', stage: 'negotiating', publishBy: '2026-06-20' })).id;
  ok(await host.call('deadlines.add', { collaborationId: own, kind: 'draft', name: '', dueDate: '2026-06-14' }));

  // A gift on its way.
  const gift = ok(await host.call('collaborations.create', { creatorId: chen.id, feeMinor: 0, currency: 'CNY', stage: 'product_shipped' })).id;
  ok(await host.call('shipments.add', { collaborationId: gift, carrier: 'sf_express', trackingNumber: 'SF1234567890', items: [{ sku: 'BW-1', name: '保温杯', quantity: 1, valueMinor: 9_900 }], shippedOn: '2026-06-10' }));

  ok(await host.call('notifications.check'));
  return [paid, own, gift];
}

/** Lines on the page that hold English: in Chinese any Latin word but the names above, in Dutch the words above. */
async function englishOn(page: Page, language: 'zh' | 'nl'): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out = [document.body.innerText];
    for (const el of Array.from(document.querySelectorAll('[aria-label], [title], [placeholder]'))) {
      // Mantine's hidden measuring textarea is never shown or read.
      if (el.closest('[aria-hidden="true"]')) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
    }
    return out;
  });
  const found: string[] = [];
  for (const line of texts.flatMap((t) => t.split('\n'))) {
    const words = line
      .replace(/\S+@\S+|https?:\/\/\S+|(^|\s)\/\S+|\b[0-9a-f]{8,}\b|\{\w+\}/g, ' ')
      .match(/[A-Za-z]{3,}/g);
    const english = language === 'zh' ? (w: string) => !SAME_IN_EVERY_LANGUAGE.has(w) : (w: string) => ENGLISH_ONLY.has(w.toLowerCase());
    if (words?.some(english)) found.push(line.trim());
  }
  return [...new Set(found)];
}

for (const [language, tag] of [['zh', 'zh-CN'], ['nl', 'nl-NL']] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: tag });

    test(`a brand working in ${language} meets no English word it did not type`, async ({ page, host, consoleGuard }) => {
      test.setTimeout(180_000);
      // The contract preview is a sandboxed frame: no script of it ever runs.
      consoleGuard.allow(/Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/);
      const ids = await seed(host, language);
      const base = host.url.replace(/#.*$/, '');
      const seen = new Map<string, string[]>();
      const visit = async (hash: string, ready: () => Promise<void>) => {
        await page.goto(`${base}#/${hash}`);
        await ready();
        seen.set(hash, await englishOn(page, language));
      };
      const main = () => expect(page.locator('main')).not.toBeEmpty();

      // A fresh workspace: the first creator and the first campaign have id 1.
      for (const p of ['board', 'calendar', 'creators', 'creators/1', 'campaigns', 'campaigns/1', 'shipments', 'import', 'mailbox', 'settings']) {
        await visit(p, async () => {
          await expect(page.getByRole('navigation')).toBeVisible();
          await expect(page.locator('main .mantine-Loader-root')).toHaveCount(0);
        });
      }
      for (const id of ids) {
        for (const tab of ['overview', 'contract', 'brief', 'messages', 'performance', 'accountability', 'timeline']) {
          await visit(`board/${id}/${tab}`, async () => {
            await expect(page.getByRole('tab', { selected: true })).toBeVisible();
            await expect(page.getByRole('dialog').locator('.mantine-Loader-root')).toHaveCount(0);
          });
        }
      }
      await visit(`contract/${ids[0]}`, main);
      // The bell's list of reminders.
      await page.goto(`${base}#/board`);
      await page.getByRole('button', { name: language === 'zh' ? /提醒/ : /Herinneringen/ }).first().click();
      await expect(page.getByRole('dialog').or(page.locator('.mantine-Popover-dropdown')).first()).toBeVisible();
      seen.set('reminders', await englishOn(page, language));

      const english = [...seen].filter(([, lines]) => lines.length > 0);
      expect(english, 'English lines by page').toEqual([]);
    });
  });
}
