import type { Composed } from '../src/shared/outreach/schemas';
import { expect, test } from './fixtures';
import { type Host, startHost } from './host';
import { contractedCollaboration } from './seed';

// Dates render in the page's locale; pin one so the expected texts are exact.
test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });

/**
 * The product arrived on 20 March, so product feedback is 2 days late but nothing is late enough
 * to end the collaboration: the only thing wrong is the creator's silence since 23 March.
 */
const NOW = '2026-03-25T10:00:00Z';
test.use({ now: NOW });

async function seed(host: Host): Promise<number> {
  await host.call('settings.update', { brandName: 'Lumen Skincare', senderName: 'Sam', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const id = await contractedCollaboration(host, 'Mia Chen', '2026-03-20');
  const collab = await host.call('collaborations.get', { id });
  expect((await host.call('influencers.update', { id: collab.data!.creator.id, email: 'mia@example.com' })).ok).toBe(true);
  const sent = await host.call('events.log', {
    collaborationId: id,
    type: 'message',
    direction: 'brand_to_creator',
    channel: 'email',
    subject: 'Your Glow serum',
    text: 'How is it going?',
    at: '2026-03-23T09:00:00Z',
  });
  expect(sent.ok).toBe(true);
  return id;
}

const valueOf = (composed: Composed, variable: string) =>
  composed.body.segments.flatMap((s) => ('variable' in s && s.variable === variable ? [s.value] : []))[0];

test('the Messages tab suggests the next rung, fills it in, logs it as sent and logs the reply', async ({ page, context }, testInfo) => {
  const host = await startHost(testInfo.outputPath('data'), { now: NOW });
  try {
    const id = await seed(host);
    const suggested = (await host.call('outreach.suggest', { collaborationId: id })).data!;
    expect(suggested.kind).toBe('warm_checkin');
    expect(suggested.reason).toContain('reply time is 24 h');

    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
    await page.goto(host.url);
    // The card says who owes the next message, and its health is the silence, not the late feedback.
    const card = page.getByTestId('card').filter({ hasText: 'Mia Chen' });
    await expect(card.getByTestId('conversation')).toHaveText('No reply for 2 d');
    await expect(card.locator('[data-health="no_reply"]')).toBeVisible();
    await expect(card.locator('[data-deadline="overdue"]')).toBeVisible();

    // The reminder about the silence leads straight to the composer.
    expect((await host.call('notifications.check')).ok).toBe(true);
    await page.getByRole('button', { name: /^Reminders, \d+ unread$/ }).click();
    const reminder = page.getByRole('dialog', { name: 'Reminders' }).getByTestId('reminder').filter({ hasText: 'Mia Chen has not replied' });
    await reminder.getByRole('button', { name: 'Follow up' }).click();
    const drawer = page.getByRole('dialog', { name: 'Mia Chen' });
    await expect(drawer.getByRole('tab', { name: 'Messages' })).toHaveAttribute('aria-selected', 'true');

    const suggestion = drawer.getByTestId('suggestion');
    await expect(suggestion).toContainText('Suggested: Warm check-in');
    await expect(suggestion).toContainText(suggested.reason);
    const log = drawer.getByRole('region', { name: 'Communication log' });
    await expect(log.getByTestId('waiting')).toHaveText('Waiting for the creator since 23 Mar 2026, 10:00');

    // "Write it" puts the suggested template, filled in, in the composer.
    await suggestion.getByRole('button', { name: 'Write it' }).click();
    const checkin = (await host.call('outreach.compose', { collaborationId: id, templateId: suggested.templateId! })).data!;
    await expect(drawer.getByRole('textbox', { name: 'Subject', exact: true })).toHaveValue(checkin.subject.text);
    await expect(drawer.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue(checkin.body.text);
    const preview = drawer.getByRole('region', { name: 'Preview' });
    await expect(preview.locator('[data-variable="creator_name"]').first()).toHaveText('Mia Chen');
    // The collaboration names no product: the gap is marked and explained, not left blank.
    await expect(preview.locator('[data-missing="product"]').first()).toHaveText('{product}');
    await expect(drawer.getByTestId('missing-values')).toContainText('1 value is missing: product');

    // The user's own words replace the template in the preview; gaps stay marked.
    const body = drawer.getByRole('textbox', { name: 'Message', exact: true });
    await body.fill(`${checkin.body.text}\nPS: {latest_post_topic} was great.`);
    await expect(preview).toContainText('PS:');
    await expect(drawer.getByTestId('missing-values')).toContainText('2 values are missing: product, latest_post_topic');
    // Logged now, the record would keep braces nobody sent: refused, naming what to fill in.
    await expect(drawer.getByRole('button', { name: 'Log as sent' })).toBeDisabled();
    await expect(drawer.getByTestId('unfilled')).toContainText('{product}');
    await expect(drawer.getByTestId('unfilled')).toContainText('{latest_post_topic}');
    await expect(drawer.getByTestId('unfilled')).toContainText('the record keeps the message exactly as it was sent');

    // Another template would throw the edits away, so it asks first; saying no keeps them.
    const picker = drawer.getByRole('combobox', { name: 'Template' });
    page.once('dialog', (dialog) => void dialog.dismiss());
    await picker.click();
    await page.getByRole('option', { name: 'Did it arrive?' }).click();
    await expect(body).toHaveValue(/PS: \{latest_post_topic\} was great\.$/);
    page.once('dialog', (dialog) => void dialog.accept());
    await picker.click();
    await page.getByRole('option', { name: 'Did it arrive?' }).click();
    const arrive = (await host.call('outreach.compose', { collaborationId: id, templateId: 'builtin:did_it_arrive.en' })).data!;
    await expect(body).toHaveValue(arrive.body.text);
    const dueDate = valueOf(arrive, 'due_date');
    expect(dueDate).toBeTruthy();
    await expect(preview.locator('[data-variable="due_date"]').first()).toHaveText(dueDate!);
    await expect(preview).toContainText('Mia Chen');

    // Handing the message over: to the mail app with everything encoded, or copied for a DM.
    const mail = drawer.getByRole('link', { name: 'Open in mail app' });
    const mailto = new URL((await mail.getAttribute('href'))!);
    expect(mailto.protocol + mailto.pathname).toBe('mailto:mia@example.com');
    expect(mailto.searchParams.get('subject')).toBe(arrive.subject.text);
    expect(mailto.searchParams.get('body')).toBe(arrive.body.text.replace(/\n/g, '\r\n'));
    await drawer.getByRole('button', { name: 'Copy for DM' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(arrive.body.text);
    await expect(drawer.getByRole('combobox', { name: 'Sent by' })).toHaveValue('DM');

    // The product is still a placeholder, so it cannot be logged yet: the user writes it in.
    await expect(drawer.getByRole('button', { name: 'Log as sent' })).toBeDisabled();
    const sentSubject = arrive.subject.text.replaceAll('{product}', 'the Glow serum');
    await drawer.getByRole('textbox', { name: 'Subject', exact: true }).fill(sentSubject);
    await body.fill(arrive.body.text.replaceAll('{product}', 'the Glow serum'));
    await expect(drawer.getByTestId('unfilled')).toHaveCount(0);
    await drawer.getByRole('button', { name: 'Log as sent' }).click();
    await expect(page.getByText('Logged — the reply clock is running')).toBeVisible();
    const logged = log.getByTestId('logged-message');
    await expect(logged).toHaveCount(2);
    await expect(logged.first()).toContainText('To the creator');
    await expect(logged.first()).toContainText('by DM');
    await expect(logged.first()).toContainText('Did it arrive?');
    await expect(logged.first()).toContainText(sentSubject);
    // The wait still counts from the first unanswered message.
    await expect(log.getByTestId('waiting')).toHaveText('Waiting for the creator since 23 Mar 2026, 10:00');
    await expect(drawer.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue('');

    // The creator answers, and says they are stuck: logged by hand.
    const form = log.getByRole('form', { name: 'Log a reply or message' });
    await expect(form.getByRole('radio', { name: 'From the creator' })).toBeChecked();
    await form.getByRole('textbox', { name: 'What was said' }).fill('Sorry, busy week. I do not know how to show the serum on camera.');
    await form.getByRole('checkbox', { name: "They say they're stuck" }).check();
    await form.getByRole('button', { name: 'Log it' }).click();
    await expect(log.getByTestId('waiting')).toHaveText('Waiting for you');
    await expect(card.getByTestId('conversation')).toContainText('Your turn · they wrote');
    await expect(card.locator('[data-health="overdue"]')).toBeVisible();
    await expect(logged).toHaveCount(3);
    await expect(logged.first()).toContainText('From the creator');
    await expect(logged.first()).toContainText('Stuck');

    const after = (await host.call('outreach.suggest', { collaborationId: id })).data!;
    expect(after.reason).not.toContain('reply time');
    expect(after.kind).toBe('support_offer');
    await expect(suggestion).toContainText('Suggested: Support offer');

    // The same messages are in the Timeline.
    await drawer.getByRole('tab', { name: 'Timeline' }).click();
    const timeline = drawer.getByTestId('timeline');
    await expect(timeline.locator('.mantine-Timeline-item').filter({ hasText: 'Message to the creator (DM)' })).toContainText(sentSubject);
    await expect(timeline).toContainText('Reply from the creator (email)');

    // In the browser the creator's address is an ordinary mail link (the desktop app hands it to the system).
    await drawer.getByRole('tab', { name: 'Overview' }).click();
    const address = drawer.getByRole('link', { name: 'mia@example.com' });
    await expect(address).toHaveAttribute('href', 'mailto:mia@example.com');
    await expect(address).not.toHaveAttribute('target', /.+/);
  } finally {
    await host.stop();
  }
});

test('a duplicated template with an unknown variable is refused at the field, then saved as your own', async ({ page, host, consoleGuard }) => {
  // The unknown variable is refused on purpose below.
  consoleGuard.allow(/400 \(Bad Request\) .*\/api\/outreach\.saveTemplate\b/);
  await page.goto(`${host.url}#/templates`);
  await expect(page.getByRole('link', { name: 'Templates' })).toHaveAttribute('aria-current', 'page');
  const checkins = page.getByRole('region', { name: 'Warm check-in', exact: true });
  await checkins.getByRole('button', { name: 'Duplicate Warm check-in', exact: true }).click();

  const editor = page.getByRole('dialog', { name: 'Duplicate “Warm check-in”' });
  await expect(editor.getByRole('textbox', { name: 'Name' })).toHaveValue('Warm check-in (copy)');
  const body = editor.getByRole('textbox', { name: 'Message', exact: true });
  await body.focus();
  await body.press('Control+End');
  await body.pressSequentially('\nUse {discount_code} for 10% off.');
  await editor.getByRole('button', { name: 'Save as my template' }).click();
  await expect(body).toHaveAttribute('aria-invalid', 'true');
  await expect(body).toHaveAccessibleDescription(/Unknown variable \{discount_code\}/);
  const own = async () => (await host.call('outreach.templates')).data!.filter((t) => !t.builtIn);
  expect(await own()).toEqual([]);

  // Fixed with a real variable, put at the cursor by its button.
  await body.press('Control+End');
  for (let i = 0; i < 'Use {discount_code} for 10% off.'.length; i++) await body.press('Backspace');
  await body.pressSequentially('Enjoy ');
  await editor.getByRole('button', { name: 'Insert {product}' }).click();
  await body.pressSequentially('!');
  await expect(body).toHaveValue(/\nEnjoy \{product\}!$/);
  await editor.getByRole('button', { name: 'Save as my template' }).click();
  await expect(editor).toBeHidden();

  const row = checkins.getByTestId('template-row').filter({ hasText: 'Warm check-in (copy)' });
  await expect(row).toContainText('Yours');
  await expect(row).toContainText('EN');
  const saved = await own();
  expect(saved).toHaveLength(1);
  expect(saved[0]!.body).toMatch(/\nEnjoy \{product\}!$/);

  // Your own template can be deleted after a confirmation; built-ins cannot.
  await expect(checkins.getByRole('button', { name: 'Delete Warm check-in', exact: true })).toHaveCount(0);
  await row.getByRole('button', { name: 'Delete Warm check-in (copy)' }).click();
  await page.getByRole('dialog', { name: 'Delete “Warm check-in (copy)”?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(row).toHaveCount(0);
  expect(await own()).toEqual([]);
});
