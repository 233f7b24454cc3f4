import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Host } from './host';

/*
 * Every page and view of the app, with the sample data loaded, checked against WCAG 2.1 A and AA:
 * no serious or critical finding, in the light colour scheme and in the dark one (the app follows
 * the system's). A finding names its view, rule, the elements it found and what is wrong with them,
 * so it can be fixed from the report alone.
 */

test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam', viewport: { width: 1440, height: 900 }, now: '2026-03-25T10:00:00Z', colorScheme: 'light' });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

/** What was found so far, one readable entry per rule and element. */
type Findings = string[];

/** Waits until nothing moves: a drawer or menu still sliding in shows half its final contrast. */
async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/**
 * A check of `within` (or the whole page) against the WCAG tags, or against `rule` alone. The only
 * frame is the contract's preview, sandboxed without scripts: nothing can run inside it. Legacy mode
 * runs in the page itself, instead of opening a page to merge the frames' results. The options come
 * first: setting them replaces the rules chosen before.
 */
function axeOf(page: Page, within?: string, rule?: string): AxeBuilder {
  const builder = new AxeBuilder({ page }).options({ iframes: false, resultTypes: ['violations'] }).setLegacyMode();
  if (within) builder.include(within);
  return rule ? builder.withRules([rule]) : builder.withTags(TAGS);
}

async function axe(page: Page, view: string, findings: Findings, builder: AxeBuilder) {
  await settled(page);
  const { violations } = await builder.analyze();
  for (const v of violations.filter((v) => BLOCKING.has(v.impact ?? ''))) {
    for (const node of v.nodes) {
      const where = `${v.id} at ${node.target.join(' ')}`;
      // An element seen again (scrolled, in the other scheme) is reported once, where it was first found.
      if (findings.some((f) => f.includes(` · ${where}\n`))) continue;
      findings.push(`${view} · ${where}\n    ${v.impact}: ${node.failureSummary?.replace(/\n/g, '\n    ')}`);
    }
  }
}

/**
 * The boxes in view that scroll (the board sideways, its columns, a long page), each marked so it can
 * be checked alone, with the scroll positions that bring the rest of its content into view. The
 * colour rule only judges what is on screen: what a box hides is checked at these positions.
 */
async function scrolled(page: Page, within?: string): Promise<{ box: string; left: number; top: number }[]> {
  return page.evaluate((within) => {
    for (const e of Array.from(document.querySelectorAll('[data-a11y-scroller]'))) e.removeAttribute('data-a11y-scroller');
    const root = within ? document.querySelector(within)! : document.body;
    const boxes = [root, ...Array.from(root.querySelectorAll('*'))].filter((e) => {
      const style = getComputedStyle(e);
      const x = /auto|scroll/.test(style.overflowX) && e.scrollWidth > e.clientWidth + 1;
      const y = /auto|scroll/.test(style.overflowY) && e.scrollHeight > e.clientHeight + 1;
      return x || y;
    });
    const steps = (size: number, view: number) => Array.from({ length: Math.ceil(size / view) }, (_, i) => Math.min(i * view, size - view));
    return boxes.flatMap((e, i) => {
      e.setAttribute('data-a11y-scroller', String(i));
      const lefts = steps(e.scrollWidth, e.clientWidth);
      const tops = steps(e.scrollHeight, e.clientHeight);
      return lefts.flatMap((left) => tops.map((top) => ({ box: `[data-a11y-scroller="${i}"]`, left, top }))).filter((p) => p.left > 0 || p.top > 0);
    });
  }, within);
}

async function scrollTo(page: Page, box: string, left: number, top: number) {
  await page.locator(box).evaluate(
    (e, [left, top]) => {
      e.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      e.scrollTo({ left, top, behavior: 'instant' });
    },
    [left, top] as const,
  );
}

/**
 * The view (or the part of it `within` selects) against every rule in the scheme it is shown in,
 * and the parts its boxes scroll out of sight against the colour rule; then all of it against the
 * colour rule in the other scheme, since a scheme changes colours and nothing else. The page stays
 * in that other scheme: the next view starts there, and each view is seen in both.
 */
async function check(page: Page, view: string, findings: Findings, within?: string) {
  const html = page.locator('html');
  const shown = (await html.getAttribute('data-mantine-color-scheme')) === 'dark' ? 'dark' : 'light';
  const other = shown === 'dark' ? 'light' : 'dark';
  const positions = await scrolled(page, within);
  for (const scheme of [shown, other]) {
    if (scheme === other) {
      await page.emulateMedia({ colorScheme: other });
      await expect(html).toHaveAttribute('data-mantine-color-scheme', other);
    }
    await axe(page, `${view} (${scheme})`, findings, axeOf(page, within, scheme === shown ? undefined : 'color-contrast'));
    for (const { box, left, top } of positions) {
      await scrollTo(page, box, left, top);
      await axe(page, `${view} (${scheme}, scrolled to ${left},${top})`, findings, axeOf(page, box, 'color-contrast'));
    }
    for (const { box } of positions) await scrollTo(page, box, 0, 0);
  }
}

function report(findings: Findings) {
  expect(findings, `serious or critical accessibility findings:\n${findings.join('\n')}\n`).toEqual([]);
}

/**
 * The sample data, and a campaign whose one published collaboration falls far short of its targets,
 * so the board and the dashboard show "Below target".
 */
async function sample(host: Host) {
  await host.call('settings.update', { brandName: 'Acme Kitchen', senderName: 'Sam', currency: 'EUR' });
  expect((await host.call('sample.load')).ok).toBe(true);
  const campaign = (await host.call('campaigns.create', { name: 'Spring launch', budgetMinor: 300_000, currency: 'EUR', targets: { views: 100_000, engagementRatePct: 3 } })).data!;
  const creator = (await host.call('influencers.create', { name: 'Nora Lind' })).data!;
  const collab = (await host.call('collaborations.create', { creatorId: creator.id, campaignId: campaign.id, feeMinor: 100_000, currency: 'EUR', stage: 'published' })).data!;
  const post = (await host.call('deliverables.add', { collaborationId: collab.id, platform: 'instagram', url: 'https://instagram.com/p/spring1', publishedAt: '2026-03-20T08:00:00Z' })).data!;
  expect((await host.call('metrics.record', { deliverableId: post.id, capturedAt: '2026-03-24T09:00:00Z', views: 4_000, likes: 40, comments: 2 })).ok).toBe(true);

  const cards = (await host.call('collaborations.board', {})).data!.cards;
  // A finished collaboration has something on every tab: a contract, messages, numbers, a rating.
  const done = cards.find((c) => c.stage === 'completed')!;
  expect(done).toBeDefined();
  return { done, campaign };
}

async function open(page: Page, host: Host, hash: string, ready: Locator) {
  await page.goto(`${host.url}${hash}`);
  await expect(ready).toBeVisible();
}

const heading = (page: Page, name: string) => page.getByRole('heading', { name, exact: true }).first();

test('the board, calendar, creators and campaigns have no serious accessibility finding, in either colour scheme', async ({ page, host }) => {
  const findings: Findings = [];
  const { done, campaign } = await sample(host);

  await open(page, host, '', page.getByTestId('card').first());
  await expect(page.getByTestId('below-target').first()).toBeVisible();
  await check(page, 'board', findings);
  await open(page, host, '#/calendar', page.getByTestId('calendar-entry').first());
  await check(page, 'calendar, month', findings);
  for (const view of ['Agenda', 'Due this week']) {
    await page.getByRole('radiogroup', { name: 'View' }).getByText(view, { exact: true }).click();
    await expect(page.getByRole('radio', { name: view })).toBeChecked();
    await check(page, `calendar, ${view.toLowerCase()}`, findings);
  }
  await open(page, host, '#/creators', heading(page, 'Creators'));
  await check(page, 'creators', findings);
  await open(page, host, `#/creators/${done.creatorId}`, page.getByRole('dialog'));
  await check(page, 'a creator', findings);
  await open(page, host, '#/campaigns', heading(page, 'Campaigns'));
  await check(page, 'campaigns', findings);
  await open(page, host, `#/campaigns/${campaign.id}`, page.getByTestId('below-target').first());
  await check(page, 'a campaign dashboard', findings);
  report(findings);
});

test('templates, settings and the import steps have no serious accessibility finding, in either colour scheme', async ({ page, host }) => {
  const findings: Findings = [];
  await sample(host);

  await open(page, host, '#/templates', heading(page, 'Templates'));
  await check(page, 'templates', findings);
  await page.getByRole('button', { name: /^Duplicate / }).first().click();
  await expect(page.getByRole('dialog', { name: /^Duplicate / })).toBeVisible();
  await check(page, 'templates, the editor', findings, '[role="dialog"]');
  await open(page, host, '#/settings', page.getByRole('textbox', { name: 'Brand name' }));
  await check(page, 'settings', findings);

  await open(page, host, '#/import', heading(page, 'Import a CSV'));
  await check(page, 'import, the file', findings);
  await page.getByRole('radio', { name: 'Creators' }).check();
  // Nora Lind is a creator already: the rows step lists her as a problem.
  const file = Buffer.from('name,email\r\nLina Park,lina@example.com\r\nNora Lind,nora@example.com\r\n');
  await page.getByLabel('CSV file').setInputFiles({ name: 'creators.csv', mimeType: 'text/csv', buffer: file });
  await page.getByRole('button', { name: 'Next: match the columns' }).click();
  await expect(page.getByTestId('preview-status')).toHaveText('2 rows · 1 problem');
  await check(page, 'import, the columns', findings);
  await page.getByRole('button', { name: 'Next: check the rows' }).click();
  await expect(page.getByText(/1 problem — fix the file/)).toBeVisible();
  await check(page, 'import, the rows', findings);

  report(findings);
});

test('a card on each of its tabs, its contract and the command palette have no serious accessibility finding', async ({ page, host, consoleGuard }) => {
  // The contract's preview frame refuses every script, the page clock's among them.
  consoleGuard.allow(/Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/);
  const findings: Findings = [];
  const { done } = await sample(host);

  await open(page, host, `#/board/${done.id}`, page.getByRole('dialog', { name: done.creatorName }));
  const drawer = page.getByRole('dialog', { name: done.creatorName });
  for (const tab of ['Overview', 'Contract', 'Messages', 'Performance', 'Accountability', 'Timeline']) {
    await drawer.getByRole('tab', { name: tab }).click();
    await expect(drawer.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await expect(drawer.getByRole('tabpanel')).toBeVisible();
    // The board behind the drawer has been checked on its own.
    await check(page, `card drawer, ${tab}`, findings, '[role="dialog"]');
  }

  await open(page, host, `#/contract/${done.id}`, heading(page, `Contract with ${done.creatorName}`));
  await expect(page.frameLocator('iframe[title="Contract preview"]').locator('body')).not.toBeEmpty();
  await check(page, 'contract builder', findings);

  await open(page, host, '', page.getByTestId('card').first());
  await page.keyboard.press('Control+K');
  await page.getByRole('textbox', { name: 'Search everything' }).fill('a');
  await expect(page.getByRole('dialog').getByRole('button').first()).toBeVisible();
  await check(page, 'command palette', findings, '[role="dialog"]');

  report(findings);
});
