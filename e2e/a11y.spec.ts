import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { CARD_TABS } from '../src/shared/cardTabs';
import { expect, test } from './fixtures';
import type { Host } from './host';
import { contractedCollaboration } from './seed';

/*
 * Every page, every tab of an open collaboration and the dialogs people use daily pass axe's
 * checks with no serious or critical violation, in the light and the dark colour scheme: a form
 * field without a name, text too pale to read or a button a screen reader cannot announce fails here.
 */

test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });
const NOW = '2026-04-02T10:00:00Z';
test.use({ now: NOW });

interface Seeded {
  collaborationId: number;
  creatorId: number;
  campaignId: number;
}

/** Enough of everything that each page shows its full self: cards, a contract, messages, numbers, a strike. */
async function seed(host: Host): Promise<Seeded> {
  const ok = async (answer: Promise<{ ok: boolean; error?: unknown }>) => expect((await answer).error ?? null).toBeNull();
  await ok(host.call('settings.update', { brandName: 'Lumen Skincare', senderName: 'Sam', timeZone: 'Europe/Amsterdam', currency: 'EUR' }));
  const campaign = await host.call('campaigns.create', {
    name: 'Summer glow',
    product: 'Glow serum',
    budgetMinor: 600_000,
    currency: 'EUR',
    targets: { views: 100_000, engagementRatePct: 3, marginPct: 20 },
  });
  const campaignId = campaign.data!.id;
  const collaborationId = await contractedCollaboration(host, 'Mia Chen', '2026-03-10');
  await ok(host.call('collaborations.update', { id: collaborationId, campaignId }));
  const mia = (await host.call('collaborations.get', { id: collaborationId })).data!.creator.id;
  await ok(host.call('influencers.update', { id: mia, email: 'mia@example.com' }));
  await ok(host.call('collaborations.move', { id: collaborationId, to: 'in_production' }));
  await ok(
    host.call('events.log', {
      collaborationId,
      type: 'message',
      direction: 'brand_to_creator',
      channel: 'email',
      subject: 'Your Glow serum',
      text: 'How is it going?',
      at: '2026-03-23T09:00:00Z',
    }),
  );
  await ok(host.call('strikes.add', { collaborationId, reason: 'late_without_reason', note: 'Draft late.' }));
  const post = await host.call('deliverables.add', { collaborationId, platform: 'instagram', url: 'https://instagram.com/p/1', publishedAt: '2026-03-28T08:00:00Z' });
  await ok(host.call('metrics.record', { deliverableId: post.data!.id, capturedAt: '2026-03-30T09:00:00Z', views: 6_200, likes: 70, comments: 5, clicks: 12 }));
  for (const [name, stage] of [
    ['Tom Baker', 'negotiating'],
    ['Lin Wei', 'published'],
  ] as const) {
    const creator = await host.call('influencers.create', { name, handles: [{ platform: 'tiktok', handle: name.split(' ')[0]!.toLowerCase() }] });
    await ok(host.call('collaborations.create', { creatorId: creator.data!.id, campaignId, feeMinor: 50_000, currency: 'EUR', stage }));
  }
  await ok(host.call('notifications.check', {}));
  return { collaborationId, creatorId: mia, campaignId };
}

interface View {
  name: string;
  /** Goes there and waits until the view shows its content. */
  open(page: Page, host: Host, seeded: Seeded): Promise<unknown>;
}

const heading = (page: Page, name: string | RegExp) => expect(page.getByRole('heading', { name }).first()).toBeVisible();
const goto = (page: Page, host: Host, hash: string) => page.goto(`${host.url}${hash}`);
const dialog = (page: Page): Locator => page.getByRole('dialog');

const VIEWS: View[] = [
  {
    name: 'board',
    open: async (page, host) => {
      await goto(page, host, '#/board');
      await expect(page.getByTestId('card').first()).toBeVisible();
    },
  },
  ...CARD_TABS.map(
    (tab): View => ({
      name: `collaboration drawer, ${tab} tab`,
      open: async (page, host, { collaborationId }) => {
        await goto(page, host, `#/board/${collaborationId}/${tab}`);
        await expect(dialog(page).getByRole('tab', { selected: true })).toHaveText(new RegExp(tab, 'i'));
        await expect(dialog(page).getByRole('tabpanel')).not.toBeEmpty();
      },
    }),
  ),
  {
    name: 'new collaboration dialog',
    open: async (page, host) => {
      await goto(page, host, '#/board');
      await page.getByRole('button', { name: 'New collaboration' }).click();
      await expect(dialog(page).getByRole('combobox', { name: 'Creator' })).toBeVisible();
    },
  },
  {
    name: 'command palette',
    open: async (page, host) => {
      await goto(page, host, '#/board');
      await page.getByRole('button', { name: /Search/ }).click();
      await expect(page.getByRole('dialog').getByRole('textbox').or(page.getByRole('dialog').getByRole('searchbox')).first()).toBeVisible();
    },
  },
  {
    name: 'notification bell',
    open: async (page, host) => {
      await goto(page, host, '#/board');
      await page.getByRole('button', { name: /notification|reminder/i }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  { name: 'calendar', open: (page, host) => goto(page, host, '#/calendar').then(() => heading(page, /April 2026/)) },
  {
    name: 'creators',
    open: async (page, host) => {
      await goto(page, host, '#/creators');
      await expect(page.getByRole('link', { name: 'Mia Chen' })).toBeVisible();
    },
  },
  {
    name: 'a creator, track record',
    open: async (page, host, { creatorId }) => {
      await goto(page, host, `#/creators/${creatorId}`);
      await expect(page.getByRole('tab', { name: 'Track record', selected: true })).toBeVisible();
    },
  },
  {
    name: 'a creator, details',
    open: async (page, host, { creatorId }) => {
      await goto(page, host, `#/creators/${creatorId}`);
      await page.getByRole('tab', { name: 'Details' }).click();
      await expect(page.getByRole('textbox', { name: /Name/ }).first()).toBeVisible();
    },
  },
  {
    name: 'campaigns',
    open: async (page, host) => {
      await goto(page, host, '#/campaigns');
      await expect(page.getByTestId('campaign-card').first()).toBeVisible();
    },
  },
  {
    name: 'campaign dashboard',
    open: async (page, host, { campaignId }) => {
      await goto(page, host, `#/campaigns/${campaignId}`);
      // The charts' code loads with the page, the largest part of the app.
      await expect(page.getByTestId('chart-views').locator('svg').first()).toBeVisible({ timeout: 30_000 });
    },
  },
  {
    name: 'contract builder',
    open: async (page, host, { collaborationId }) => {
      await goto(page, host, `#/contract/${collaborationId}`);
      await heading(page, 'Contract with Mia Chen');
    },
  },
  { name: 'import & export', open: (page, host) => goto(page, host, '#/import').then(() => heading(page, 'Import & export')) },
  {
    name: 'templates',
    open: async (page, host) => {
      await goto(page, host, '#/templates');
      await heading(page, 'Templates');
      await expect(page.getByRole('textbox').first()).toBeVisible();
    },
  },
  {
    name: 'settings and backups',
    open: async (page, host) => {
      await goto(page, host, '#/settings');
      await expect(page.getByRole('textbox', { name: 'Brand name' })).toHaveValue('Lumen Skincare');
      await expect(page.getByText(/Back up now/).first()).toBeVisible();
    },
  },
];

/** Serious and critical violations, one readable line per element. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`));
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });

    test('the empty board', async ({ page, host }) => {
      await goto(page, host, '#/board');
      await heading(page, 'Your board is empty');
      expect(await violations(page)).toEqual([]);
    });

    for (const view of VIEWS) {
      test(view.name, async ({ page, host, consoleGuard }) => {
        // The contract's preview frame refuses every script, Playwright's clock among them.
        if (view.name === 'contract builder') consoleGuard.allow(/Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/);
        const seeded = await seed(host);
        await view.open(page, host, seeded);
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

test('the check finds a violation when there is one', async ({ page, host }) => {
  await goto(page, host, '#/settings');
  await expect(page.getByRole('textbox', { name: 'Brand name' })).toBeVisible();
  await page.evaluate(() => {
    const input = document.createElement('input');
    document.querySelector('main')!.append(input);
  });
  expect((await violations(page)).join('\n')).toMatch(/^label \(critical\)/m);
});
