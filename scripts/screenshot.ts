// `npm run screenshot`: the README's pictures of the real app, with the sample data loaded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startHost } from '../e2e/host';
import { words } from '../e2e/words';
import { browserLaunch } from '../playwright.config';

// SCREENSHOT_DIR writes them elsewhere (the test of this command does), docs/ by default.
const outDir = process.env.SCREENSHOT_DIR ?? 'docs';
const shot = (name: string) => join(outDir, name);
const dataDir = mkdtempSync(join(tmpdir(), 'followthrough-shot-'));
// The pictures show a fixed day, the same on every run: the app and the page both stand there.
const NOW = '2026-03-25T10:00:00Z';
const host = await startHost(dataDir, { now: NOW });
const browser = await chromium.launch(browserLaunch);
try {
  await host.call('settings.update', { brandName: 'Acme Kitchen', senderName: 'Sam', currency: 'EUR' });
  await host.call('sample.load');
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
  await page.clock.setFixedTime(new Date(NOW));
  await page.goto(host.url);
  await page.getByTestId('card').first().waitFor();
  // The sample's deadlines have fired reminders; the greeting about them would cover the board.
  const reminders = await host.call('notifications.list');
  if (reminders.data!.unread > 0) {
    await page.getByRole('alert').filter({ hasText: 'need you' }).getByRole('button', { name: 'Dismiss' }).click();
    await page.waitForTimeout(400);
  }
  await page.screenshot({ path: shot('screenshot.png') });
  await page.getByTestId('card').filter({ hasText: 'Lin Wei' }).click();
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page.getByTestId('timeline').waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: shot('screenshot-drawer.png') });
  await page.keyboard.press('Escape');

  // A contract with deadlines running: the in-production card of the sample data.
  await page.getByTestId('card').filter({ hasText: 'Aiko Tanaka' }).click();
  await page.getByRole('tab', { name: 'Contract' }).click();
  await page.getByRole('table', { name: 'Deadlines' }).waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: shot('screenshot-deadlines.png') });
  await page.getByRole('link', { name: 'Open the builder' }).click();
  await page.frameLocator('iframe[title="Contract preview"]').locator('h1').waitFor();
  // Show the milestones and the late-delivery terms rather than the parties.
  await page.getByRole('button', { name: 'Parties and fee' }).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: shot('screenshot-contract.png') });

  // This month's deadlines; reloaded so the greeting about reminders is not in the picture.
  await page.goto(`${host.url}#/calendar`);
  await page.reload();
  await page.getByTestId('calendar-entry').first().waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: shot('screenshot-calendar.png') });

  // The bell's notification centre with those reminders.
  await page.goto(`${host.url}#/board`);
  await page.getByRole('button', { name: /^Reminders, \d+ unread$/ }).click();
  await page.getByRole('dialog', { name: 'Reminders' }).getByTestId('reminder').first().waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: shot('screenshot-reminders.png') });
  await page.keyboard.press('Escape');

  // The Messages tab of a creator who has not answered for two days: the suggestion, filled in.
  const board = await host.call('collaborations.board', {});
  const quiet = board.data!.cards.find((c) => c.creatorName === 'Tom Baker' && c.stage === 'product_received')!;
  const asked = new Date(Date.parse(NOW) - 52 * 3_600_000).toISOString();
  await host.call('events.log', { collaborationId: quiet.id, type: 'message', direction: 'brand_to_creator', channel: 'email', subject: 'Your monitor stand', text: 'Did the stand arrive in one piece?', at: asked });
  // Its reminder pops up at once; out of the way, it would cover the preview.
  await host.call('notifications.check');
  const pop = page.getByRole('alert').filter({ hasText: 'Tom Baker has not replied' });
  await pop.getByRole('button', { name: 'Dismiss' }).click();
  await pop.waitFor({ state: 'detached' });
  await page.getByTestId('card').filter({ hasText: 'Tom Baker' }).filter({ hasText: 'Desk setup' }).click();
  await page.getByRole('tab', { name: 'Messages' }).click();
  await page.getByRole('button', { name: 'Write it' }).click();
  await page.getByTestId('message-preview').getByText('Tom Baker').first().waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: shot('screenshot-messages.png') });

  // The published video of the sample has numbers; a second creator's weaker post makes the dashboard worth a look.
  const spring = board.data!.cards.find((c) => c.stage === 'published')!;
  const cards = board.data!.cards.filter((c) => c.campaignId === spring.campaignId && c.id !== spring.id);
  const weak = cards.find((c) => c.stage === 'negotiating') ?? cards[0]!;
  const post = await host.call('deliverables.add', { collaborationId: weak.id, platform: 'instagram', url: 'https://www.instagram.com/p/sample-reel', title: 'Skillet reel' });
  await host.call('metrics.record', { deliverableId: post.data!.id, views: 9_400, likes: 210, comments: 12, clicks: 40 });
  await page.goto(`${host.url}#/campaigns/${spring.campaignId}`);
  await page.getByTestId('dashboard-row').first().waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: shot('screenshot-dashboard.png') });

  // A strike and a dispute on the collaboration whose creator went quiet.
  await host.call('strikes.add', { collaborationId: quiet.id, reason: 'poor_communication', note: 'No answer to three messages' });
  await host.call('disputes.open', { collaborationId: quiet.id, issue: 'The creator says the stand arrived damaged', ourPosition: 'Shipped with tracking; photos on arrival requested', creatorPosition: 'Box was crushed' });
  await page.goto(`${host.url}#/board/${quiet.id}/accountability`);
  await page.getByTestId('dispute').waitFor();
  await page.waitForTimeout(600);
  await page.screenshot({ path: shot('screenshot-accountability.png') });

  // The board as a Chinese and a Dutch marketer see it.
  for (const locale of ['zh', 'nl'] as const) {
    await host.call('settings.update', { language: locale });
    await page.goto(`${host.url}#/board`);
    await page.reload();
    await page.getByTestId('card').first().waitFor();
    // Reloaded, the page does not greet again; a pop-up still on screen goes.
    await page.waitForTimeout(600);
    for (const close of await page.getByRole('alert').getByRole('button', { name: words(locale)('common:closeButton.dismiss') }).all()) await close.click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: shot(`screenshot-${locale}.png`) });
  }

  // A contract for the Chinese-speaking creator of the sample, in Chinese with English beside it.
  await host.call('settings.update', { language: 'en' });
  const lin = board.data!.cards.find((c) => c.creatorName === 'Lin Wei')!;
  const terms = (await host.call('contracts.preset', { collaborationId: lin.id, preset: 'paid_video' })).data!;
  await host.call('contracts.save', { collaborationId: lin.id, terms: { ...terms, secondLanguage: 'en', prevailing: 'second' } });
  await page.goto(`${host.url}#/contract/${lin.id}`);
  await page.reload();
  await page.frameLocator('iframe[title="Contract preview"]').locator('.pair').first().waitFor();
  await page.waitForTimeout(600);
  await page.screenshot({ path: shot('screenshot-bilingual.png') });
  console.log(`Wrote ${shot('screenshot.png')}, -drawer, -messages, -deadlines, -contract, -calendar, -reminders, -dashboard, -accountability, -zh, -nl and -bilingual.png`);
} finally {
  await browser.close();
  await host.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
