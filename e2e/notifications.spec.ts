import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { type Host, startHost } from './host';
import { contractedCollaboration } from './seed';

// Dates render in the page's locale; pin one so the expected texts are exact.
test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });

/** 11:00 in Amsterdam, outside the default quiet hours (21:00–08:00), three days after a 22 March publish date. */
const NOW = '2026-03-25T10:00:00Z';
test.use({ now: NOW });

async function startAt(dataDir: string): Promise<Host> {
  const host = await startHost(dataDir, { now: NOW });
  await host.call('settings.update', { brandName: 'Lumen Skincare', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  return host;
}

const unreadIn = async (bell: Locator) => Number(/(\d+) unread/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1] ?? 0);

test('an overdue deadline rings the bell, and acknowledging it holds after a reload', async ({ page }, testInfo) => {
  const host = await startAt(testInfo.outputPath('data'));
  try {
    const id = await contractedCollaboration(host, 'Mia Chen', '2026-03-02');
    expect((await host.call('notifications.check')).ok).toBe(true);

    await page.goto(host.url);
    const bell = page.getByRole('button', { name: /^Reminders, \d+ unread$/ });
    await expect(bell).toBeVisible();
    const before = await unreadIn(bell);
    expect(before).toBeGreaterThanOrEqual(1);
    // Opening the tab on unread reminders says so, once.
    await expect(page.getByRole('alert').filter({ hasText: new RegExp(`^${before} reminders? needs? you`) })).toBeVisible();

    await bell.click();
    const centre = page.getByRole('dialog', { name: 'Reminders' });
    const publish = centre.getByTestId('reminder').filter({ hasText: 'Mia Chen: Final video published is 3 days late' });
    await expect(publish).toContainText('It was due 22 Mar 2026.');
    await publish.getByRole('button', { name: 'Acknowledge' }).click();
    await expect(publish).toBeHidden();
    await expect(page.getByRole('button', { name: `Reminders, ${before - 1} unread` })).toBeVisible();

    await page.reload();
    const after = page.getByRole('button', { name: `Reminders, ${before - 1} unread` });
    await expect(after).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'reminders need you' })).toHaveCount(0);
    await after.click();
    await expect(centre.getByTestId('reminder').filter({ hasText: 'Final video published' })).toHaveCount(0);
    await centre.getByRole('switch', { name: 'Show earlier' }).click();
    const earlier = centre.getByTestId('reminder').filter({ hasText: 'Mia Chen: Final video published is 3 days late' });
    await expect(earlier).toHaveAttribute('data-state', 'acknowledged');
    await expect(earlier).toContainText('Acknowledged');
    await expect(earlier.getByRole('button', { name: 'Acknowledge' })).toHaveCount(0);

    // A creator's late deliverable is followed up with a message: the card opens on Messages, and
    // that counts as dealt with.
    await centre.getByTestId('reminder').filter({ hasText: 'Mia Chen: Script is 16 days late' }).getByRole('button', { name: 'Follow up' }).click();
    const drawer = page.getByRole('dialog', { name: 'Mia Chen' });
    await expect(drawer.getByRole('tab', { name: 'Messages' })).toHaveAttribute('aria-selected', 'true');
    await expect(drawer.getByTestId('suggestion')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#/board/${id}/messages$`));
    await expect(page.getByRole('button', { name: `Reminders, ${before - 2} unread` })).toBeAttached();
  } finally {
    await host.stop();
  }
});

test('a reminder that fires while the page is open pops up and opens its card', async ({ page }, testInfo) => {
  const host = await startAt(testInfo.outputPath('data'));
  try {
    await page.goto(host.url);
    const bell = page.getByRole('button', { name: 'Reminders, none unread' });
    await bell.click();
    await expect(page.getByRole('dialog', { name: 'Reminders' })).toContainText('Nothing needs you right now');
    await page.keyboard.press('Escape');

    // The product arrived on 20 March: product feedback was due on the 23rd, the script is due in 2 days.
    const id = await contractedCollaboration(host, 'Noah Berg', '2026-03-20');
    const pop = page.getByRole('alert').filter({ hasText: 'Noah Berg: Product feedback is 2 days late' });
    await expect(pop).toBeVisible();
    await expect(pop).toContainText('It was due 23 Mar 2026.');
    const script = page.getByRole('alert').filter({ hasText: 'Noah Berg: Script is due in 2 days' });
    await expect(script).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reminders, 2 unread' })).toBeVisible();

    // The script is the creator's: following it up opens the card on Messages, with the reminder
    // about the script written, although the late feedback is the more urgent.
    await script.getByRole('button', { name: 'Follow up' }).click();
    const drawer = page.getByRole('dialog', { name: 'Noah Berg' });
    await expect(drawer.getByRole('tab', { name: 'Messages' })).toHaveAttribute('aria-selected', 'true');
    await expect(drawer.getByRole('textbox', { name: 'Subject' })).toHaveValue('Friendly reminder: the script is due on 27 Mar 2026');
    // The address keeps the tab only: a reload does not write the message again.
    await expect(page).toHaveURL(new RegExp(`#/board/${id}/messages$`));
    await expect(script).toBeHidden();
    await expect(page.getByRole('button', { name: 'Reminders, 1 unread' })).toBeAttached();
  } finally {
    await host.stop();
  }
});

test('Settings → Reminders saves quiet hours and explains a bad pair of times', async ({ page, host }) => {
  await page.goto(`${host.url}#/settings`);
  const section = page.getByRole('region', { name: 'Reminders' });
  await expect(section.getByRole('switch', { name: "Creators' deadlines" })).toBeChecked();
  await expect(section.getByText('These two apply to the desktop app.')).toBeVisible();

  await section.getByLabel('Quiet from').fill('22:30');
  await section.getByLabel('Quiet until').fill('07:00');
  await section.getByRole('switch', { name: 'Your own duties (deposit, review, balance)' }).click();
  await section.getByRole('combobox', { name: 'Early reminders' }).click();
  await page.getByRole('option', { name: '12 hours before' }).click();
  await section.getByRole('button', { name: 'Save reminders' }).click();
  await expect(page.getByText('Reminder settings saved.')).toBeVisible();
  const saved = await host.call('settings.get');
  expect(saved.data!.notify.quietHours).toEqual({ from: '22:30', to: '07:00' });
  expect(saved.data!.notify.leadHours).toEqual([48, 24, 12]);
  expect(saved.data!.notify.groups.brandDuties).toBe(false);

  // The same start and end would mean quiet all day or never: said next to the end time, nothing saved.
  const until = section.getByLabel('Quiet until');
  await until.fill('22:30');
  await section.getByRole('button', { name: 'Save reminders' }).click();
  await expect(until).toHaveAttribute('aria-invalid', 'true');
  await expect(until).toHaveAccessibleDescription('Quiet hours need a different start and end');
  const unchanged = await host.call('settings.get');
  expect(unchanged.data!.notify.quietHours).toEqual({ from: '22:30', to: '07:00' });

  // No quiet hours at all is a choice too.
  await section.getByRole('switch', { name: 'No pop-ups at night' }).click();
  await section.getByRole('button', { name: 'Save reminders' }).click();
  await expect(page.getByText('Reminder settings saved.').first()).toBeVisible();
  await expect.poll(async () => (await host.call('settings.get')).data!.notify.quietHours).toBeNull();
});
