import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expect, test } from './fixtures';
import { type Host, startHost } from './host';
import { contractedCollaboration } from './seed';

// Dates render in the page's locale; pin one so the expected texts are exact.
test.use({ locale: 'en-GB', timezoneId: 'America/Los_Angeles' });

/** Mia Chen's paid video for the spring launch: product received 2 March, so publishing is due 22 March. */
async function seed(host: Host): Promise<number> {
  await host.call('settings.update', { brandName: 'Lumen Skincare', senderName: 'Ana', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const spring = await host.call('campaigns.create', { name: 'Spring launch' });
  await host.call('campaigns.create', { name: 'Autumn restock' });
  const id = await contractedCollaboration(host, 'Mia Chen', '2026-03-02');
  expect((await host.call('collaborations.update', { id, campaignId: spring.data!.id })).ok).toBe(true);
  return id;
}

// Three days after the publish date.
test.use({ now: '2026-03-25T10:00:00Z' });

test('the calendar shows a late publish date, filters it, lists it as overdue and exports it', async ({ page, now }, testInfo) => {
  const host = await startHost(testInfo.outputPath('data'), { now });
  try {
    const id = await seed(host);
    await page.goto(`${host.url}#/calendar`);

    // The month of the app's today, not of the computer's clock.
    const grid = page.getByRole('table', { name: 'March 2026' });
    await expect(grid).toBeVisible();
    await expect(grid.locator('[data-date="2026-03-25"]')).toHaveAttribute('aria-current', 'date');
    const publish = grid.locator('[data-date="2026-03-22"]').getByRole('button', { name: /Mia Chen: Final video published/ });
    await expect(publish).toHaveText('Mia Chen · Final video published');
    await expect(publish).toHaveAttribute('data-status', 'overdue');
    await expect(publish).toHaveAccessibleName('Mia Chen: Final video published, late by 3 days');
    // The overdue red of the theme (red.8, dark enough for white text at WCAG AA).
    await expect(publish).toHaveCSS('background-color', 'rgb(224, 49, 49)');

    // Another campaign has nothing due: the chip goes, and the page says how deadlines appear.
    await page.getByRole('combobox', { name: 'Filter by campaign' }).click();
    await page.getByRole('option', { name: 'Autumn restock' }).click();
    await expect(publish).toBeHidden();
    await expect(page.getByTestId('calendar-empty')).toContainText('Nothing due in March 2026');
    await page.getByRole('button', { name: 'Show all campaigns and creators' }).click();
    await expect(publish).toBeVisible();

    // The same campaign keeps it.
    await page.getByRole('combobox', { name: 'Filter by campaign' }).click();
    await page.getByRole('option', { name: 'Spring launch' }).click();
    await expect(publish).toBeVisible();

    // Due this week: under Overdue, three days late.
    await page.getByText('Due this week', { exact: true }).click();
    const overdue = page.getByRole('region', { name: 'Overdue' });
    const late = overdue.getByTestId('calendar-entry').filter({ hasText: 'Final video published' });
    await expect(late).toContainText('Mia Chen');
    await expect(late).toContainText('3 days late');
    await expect(late).toContainText('Due 22 Mar 2026');
    await expect(late).toHaveAttribute('data-status', 'overdue');

    // The .ics file: an all-day event on 22 March naming the creator and the milestone.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export .ics' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/\.ics$/);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(await file.path(), 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const onThe22nd = events.filter((e) => e.startDate.toString() === '2026-03-22');
    expect(onThe22nd.map((e) => e.summary)).toContainEqual(expect.stringMatching(/Mia Chen.*Final video published/));

    // Clicking an entry opens its collaboration on the board.
    await late.click();
    await expect(page).toHaveURL(new RegExp(`#/board/${id}$`));
    await expect(page.getByRole('dialog', { name: 'Mia Chen' })).toBeVisible();
  } finally {
    await host.stop();
  }
});

test('Subscribe gives a live webcal address with alarms; its link opens the card, and a new address retires the old one', async ({ page, now }, testInfo) => {
  const host = await startHost(testInfo.outputPath('data'), { now });
  try {
    const id = await seed(host);
    await page.goto(`${host.url}#/calendar`);
    await page.getByRole('button', { name: 'Subscribe' }).click();
    const panel = page.getByRole('dialog', { name: 'Subscribe' });
    const address = panel.getByRole('textbox', { name: 'Feed address' });
    await expect(address).toHaveValue(/^webcal:\/\/127\.0\.0\.1:\d+\/calendar\/[A-Za-z0-9_-]{20,}\.ics$/);
    await expect(panel.getByRole('link', { name: 'Open in your calendar app' })).toHaveAttribute('href', await address.inputValue());
    await expect(panel.getByRole('status')).toHaveCount(0);

    // What a calendar app reads: the publish date, an alarm at 09:00 the day before, a link to the card.
    const feedUrl = (await address.inputValue()).replace(/^webcal:/, 'http:');
    const calendar = new ICAL.Component(ICAL.parse(await (await fetch(feedUrl)).text()));
    const publish = calendar
      .getAllSubcomponents('vevent')
      .find((v) => String(v.getFirstPropertyValue('summary')).includes('Final video published'))!;
    expect(String(publish.getFirstPropertyValue('dtstart'))).toBe('2026-03-22');
    expect(String(publish.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger'))).toBe('-PT15H');
    const link = String(publish.getFirstPropertyValue('url'));

    // Following it from the calendar app opens the card in the page that is open.
    await page.keyboard.press('Escape');
    expect((await fetch(link)).status).toBe(200);
    await expect(page).toHaveURL(new RegExp(`#/board/${id}$`));
    await expect(page.getByRole('dialog', { name: 'Mia Chen' })).toBeVisible();

    // A new address: the old one answers nothing any more.
    await page.goto(`${host.url}#/calendar`);
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await panel.getByRole('button', { name: 'New address' }).click();
    await panel.getByRole('button', { name: 'Make a new address' }).click();
    await expect(address).not.toHaveValue(feedUrl.replace(/^http:/, 'webcal:'));
    await expect(address).toHaveValue((await host.call('calendar.feed')).data!.webcalUrl);
    expect((await fetch(feedUrl)).status).toBe(404);
    expect((await fetch(link)).status).toBe(404);
  } finally {
    await host.stop();
  }
});
