import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { type Host, startHost } from './host';
import { contractedCollaboration } from './seed';

// Dates render in the page's locale; pin one so the expected texts are exact.
test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });

/** The product arrived on 20 March: the video is still owed, some earlier steps are late. */
const NOW = '2026-03-25T10:00:00Z';
test.use({ now: NOW });

async function openTab(page: Page, host: Host, id: number): Promise<Locator> {
  await page.goto(`${host.url}#/board/${id}/accountability`);
  const drawer = page.getByRole('dialog', { name: 'Mia Chen' });
  await expect(drawer.getByRole('tab', { name: 'Accountability' })).toHaveAttribute('aria-selected', 'true');
  return drawer;
}

async function giveStrike(page: Page, drawer: Locator, reason: string, note: string, linkEvent?: RegExp) {
  await drawer.getByRole('button', { name: 'Give a strike' }).click();
  const dialog = page.getByRole('dialog', { name: 'Give Mia Chen a strike' });
  await dialog.getByRole('radio', { name: reason, exact: true }).check();
  await dialog.getByRole('textbox', { name: 'Note' }).fill(note);
  if (linkEvent) {
    await dialog.getByRole('combobox', { name: 'Linked events' }).click();
    await page.getByRole('option', { name: linkEvent }).click();
    await dialog.getByRole('textbox', { name: 'Note' }).click();
  }
  await dialog.getByRole('button', { name: 'Give the strike' }).click();
  await expect(dialog).toBeHidden();
}

test('three strikes given on the Accountability tab make the creator inactive until the video is published', async ({ page }, testInfo) => {
  const host = await startHost(testInfo.outputPath('data'), { now: NOW });
  try {
    const id = await contractedCollaboration(host, 'Mia Chen', '2026-03-20');
    const creatorId = (await host.call('collaborations.get', { id })).data!.creator.id;
    const drawer = await openTab(page, host, id);
    await expect(drawer.getByRole('region', { name: 'Strikes' })).toContainText('No strikes.');
    await expect(drawer.getByRole('region', { name: 'Rating' })).toContainText('You can rate the creator once the collaboration is completed or terminated.');

    await giveStrike(page, drawer, 'Poor communication', 'No answer for a week.', /Contract version 1 finalized/);
    await expect(page.getByText('Mia Chen has 1 of 3 strikes.')).toBeVisible();
    await expect(drawer.getByTestId('standing')).toContainText('1 of 3 strikes');
    const first = drawer.getByTestId('strike').first();
    await expect(first).toContainText('Poor communication');
    await expect(first).toContainText('Active');
    await expect(first.getByRole('list', { name: 'Linked events' })).toContainText('Contract version 1 finalized');

    await giveStrike(page, drawer, 'Brief not followed', 'The script ignores the brief.');
    await giveStrike(page, drawer, 'Late without a valid reason', 'The draft is late, no reason given.');
    await expect(page.getByText('Mia Chen is now inactive')).toBeVisible();
    await expect(drawer.getByTestId('strike')).toHaveCount(3);

    // The standing says why, and what would bring them back.
    const standing = drawer.getByTestId('standing');
    await expect(standing).toContainText('Inactive: 3 active strikes');
    await expect(standing).toContainText('Mia Chen cannot join new collaborations until they complete:');
    await expect(standing).toContainText('Final video published');
    await expect(drawer.getByRole('region', { name: 'Reliability' })).toContainText('3 strikes');

    // A new collaboration with her cannot be started: the picker shows her inactive and not choosable …
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await page.getByRole('button', { name: 'New collaboration' }).click();
    const form = page.getByRole('dialog', { name: 'New collaboration' });
    await form.getByRole('combobox', { name: 'Creator' }).click();
    const option = page.getByRole('option', { name: /Mia Chen/ });
    await expect(option).toContainText('inactive');
    await expect(option).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Escape');

    // … and the API refuses it, naming what she still owes.
    const refused = await host.call('collaborations.create', { creatorId, feeMinor: 0 });
    expect(refused.ok).toBe(false);
    expect(refused.error!.code).toBe('FORBIDDEN');
    expect(refused.error!.message).toContain('inactive');
    expect(refused.error!.message).toContain('Final video published');
  } finally {
    await host.stop();
  }
});

test('a strike is withdrawn with a reason, which brings the creator back below the limit', async ({ page }, testInfo) => {
  const host = await startHost(testInfo.outputPath('data'), { now: NOW });
  try {
    const id = await contractedCollaboration(host, 'Mia Chen', '2026-03-20');
    const creatorId = (await host.call('collaborations.get', { id })).data!.creator.id;
    const other = (await host.call('collaborations.create', { creatorId, feeMinor: 0 })).data!.id;
    // The limit counts across collaborations: one of the three was given on another one.
    for (const [collaborationId, reason] of [[id, 'poor_communication'], [id, 'brief_not_followed'], [other, 'late_without_reason']] as const) {
      expect((await host.call('strikes.add', { collaborationId, reason })).ok).toBe(true);
    }
    const drawer = await openTab(page, host, id);
    await expect(drawer.getByTestId('standing')).toContainText('Inactive: 3 active strikes');
    await expect(drawer.getByTestId('strike').filter({ hasText: 'Poor communication' })).toContainText('This collaboration');
    const elsewhere = drawer.getByTestId('strike').filter({ hasText: 'Late without a valid reason' });
    await expect(elsewhere.getByRole('link', { name: 'Another collaboration' })).toHaveAttribute('href', `#/board/${other}/accountability`);

    // A strike needs a reason, and so does taking one back: the forms say so instead of sending nothing.
    await drawer.getByRole('button', { name: 'Give a strike' }).click();
    const dialog = page.getByRole('dialog', { name: 'Give Mia Chen a strike' });
    await dialog.getByRole('button', { name: 'Give the strike' }).click();
    await expect(dialog).toContainText('Choose a reason');
    // Escape closes the form, not the drawer under it.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(drawer).toBeVisible();

    // Withdrawing one (with a reason) brings her below the limit; the strike stays on record.
    const strike = drawer.getByTestId('strike').filter({ hasText: 'Brief not followed' });
    await strike.getByRole('button', { name: 'Withdraw' }).click();
    const withdraw = page.getByRole('dialog', { name: 'Withdraw the strike' });
    await withdraw.getByRole('button', { name: 'Withdraw strike' }).click();
    await expect(withdraw).toContainText('Enter why the strike is withdrawn');
    await withdraw.getByRole('textbox', { name: 'Why is it withdrawn?' }).fill('The brief was unclear on our side.');
    await withdraw.getByRole('button', { name: 'Withdraw strike' }).click();
    await expect(withdraw).toBeHidden();
    await expect(strike).toContainText('Withdrawn');
    await expect(strike).toContainText('The brief was unclear on our side.');
    await expect(drawer.getByTestId('standing')).toContainText('2 of 3 strikes');
  } finally {
    await host.stop();
  }
});

test('a dispute is opened, mediated and settled, the history verifies and the evidence exports as JSON', async ({ page }, testInfo) => {
  const host = await startHost(testInfo.outputPath('data'), { now: NOW });
  try {
    const id = await contractedCollaboration(host, 'Mia Chen', '2026-03-20');
    expect((await host.call('strikes.add', { collaborationId: id, reason: 'late_without_reason', note: 'Draft late.' })).ok).toBe(true);
    // The formal notice the creator receives ends with the history's seal as it was then.
    const notice = (await host.call('outreach.compose', { collaborationId: id, templateId: 'builtin:formal_notice.en' })).data!;
    const reference = notice.reference!;
    expect(reference).toMatch(/^Ref\. [0-9a-f]{16} · 2026-03-25 10:00 UTC$/);
    expect(notice.body.text.endsWith(reference)).toBe(true);
    const drawer = await openTab(page, host, id);

    await drawer.getByRole('button', { name: 'Open a dispute' }).click();
    const opening = page.getByRole('dialog', { name: 'Open a dispute' });
    await opening.getByRole('textbox', { name: 'Issue' }).fill('The creator wants the full fee although the video is late.');
    await opening.getByRole('textbox', { name: 'Our position' }).fill('The contract deducts €50 a day.');
    await opening.getByRole('textbox', { name: "The creator's position" }).fill('The product arrived damaged.');
    await opening.getByRole('combobox', { name: 'Linked events' }).click();
    await page.getByRole('option', { name: /Contract version 1 finalized/ }).click();
    await opening.getByRole('textbox', { name: 'Issue' }).click();
    await opening.getByRole('button', { name: 'Open the dispute' }).click();
    await expect(opening).toBeHidden();

    const dispute = drawer.getByTestId('dispute');
    await expect(dispute).toContainText('Open dispute');
    await expect(dispute).toContainText('The product arrived damaged.');
    await expect(dispute).toContainText('Contract version 1 finalized');
    await expect(drawer.getByRole('button', { name: 'Open a dispute' })).toHaveCount(0);

    await dispute.getByRole('textbox', { name: 'Mediation step' }).fill('Call with Mia: she sent photos of the box.');
    await dispute.getByRole('button', { name: 'Add a step' }).click();
    await expect(dispute.getByTestId('mediation-steps')).toContainText('Call with Mia: she sent photos of the box.');
    await expect(dispute.getByRole('textbox', { name: 'Mediation step' })).toHaveValue('');

    await dispute.getByRole('button', { name: 'Mark settled' }).click();
    const settle = page.getByRole('dialog', { name: 'Settle the dispute' });
    await expect(settle.getByLabel('Settled on')).toHaveValue('2026-03-25');
    await settle.getByRole('textbox', { name: 'Outcome' }).fill('Half the deduction waived.');
    await settle.getByRole('button', { name: 'Mark settled' }).click();
    await expect(settle).toBeHidden();
    await expect(dispute).toContainText('Settled');
    await expect(dispute).toContainText('Settled on 25 Mar 2026');
    await expect(dispute).toContainText('Half the deduction waived.');
    await expect(dispute.getByRole('button', { name: 'Reopen' })).toBeVisible();

    await drawer.getByRole('button', { name: 'Verify history' }).click();
    await expect(drawer.getByTestId('chain-result')).toContainText('Intact');
    await expect(drawer.getByTestId('reference-result')).toHaveCount(0);

    // The reference the creator holds still matches: nothing up to it was rewritten since.
    const referenceField = drawer.getByRole('textbox', { name: 'A reference you shared (optional)' });
    await referenceField.fill(`Kind regards, Sam\n${reference}`);
    await drawer.getByRole('button', { name: 'Verify history' }).click();
    await expect(drawer.getByTestId('reference-result')).toContainText('Reference confirmed');
    await expect(drawer.getByTestId('reference-result')).toContainText(`The seal ${reference.slice(5, 21)} was the head of the history at event #`);
    await referenceField.fill('Ref. 0123456789abcdef · 2026-03-25 10:00 UTC');
    await drawer.getByRole('button', { name: 'Verify history' }).click();
    await expect(drawer.getByTestId('reference-result')).toContainText('No event in this history has the seal 0123456789abcdef');
    await referenceField.fill('Ref. 3f9a');
    await drawer.getByRole('button', { name: 'Verify history' }).click();
    await expect(referenceField).toHaveAttribute('aria-invalid', 'true');
    await expect(drawer.getByText(/^No seal in that text\./)).toBeVisible();

    const [download] = await Promise.all([page.waitForEvent('download'), drawer.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(download.suggestedFilename()).toBe(`evidence-${id}.json`);
    const pack = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      strikes: { reason: string }[];
      disputes: { issue: string; steps: { text: string }[]; outcome: string; resolvedOn: string | null }[];
      chain: { intact: boolean; head: { short: string } };
      chainStatement: string[];
    };
    expect(pack.strikes.map((s) => s.reason)).toEqual(['late_without_reason']);
    expect(pack.disputes).toHaveLength(1);
    expect(pack.disputes[0]).toMatchObject({ outcome: 'Half the deduction waived.', resolvedOn: '2026-03-25' });
    expect(pack.disputes[0]!.steps.map((s) => s.text)).toEqual(['Call with Mia: she sent photos of the box.']);
    expect(pack.chain.intact).toBe(true);
    expect(pack.chain.head.short).toMatch(/^[0-9a-f]{16}$/);
    expect(pack.chainStatement.join(' ')).toContain('proves internal consistency only');
  } finally {
    await host.stop();
  }
});

test('ending a collaboration from the drawer asks for a rating, which is saved on the Accountability tab', async ({ page }, testInfo) => {
  const host = await startHost(testInfo.outputPath('data'), { now: NOW });
  try {
    const id = await contractedCollaboration(host, 'Mia Chen', '2026-03-20');
    await page.goto(`${host.url}#/board/${id}`);
    const drawer = page.getByRole('dialog', { name: 'Mia Chen' });
    await drawer.getByRole('combobox', { name: 'Stage' }).click();
    await page.getByRole('option', { name: 'Completed' }).click();
    await expect(page.getByText('Rate Mia Chen')).toBeVisible();
    await expect(drawer.getByRole('tab', { name: 'Accountability' })).toHaveAttribute('aria-selected', 'true');

    // Not rated yet: the Overview asks too, and leads back here.
    await drawer.getByRole('tab', { name: 'Overview' }).click();
    await drawer.getByTestId('rate-prompt').getByRole('button', { name: 'Rate Mia Chen' }).click();
    await expect(drawer.getByRole('tab', { name: 'Accountability' })).toHaveAttribute('aria-selected', 'true');

    const rating = drawer.getByRole('form', { name: 'Rate the creator' });
    await rating.getByRole('button', { name: 'Save rating' }).click();
    await expect(rating).toContainText('Choose 1 to 5 stars');
    for (const [score, stars] of [['Communication', 4], ['Timeliness', 2], ['Content quality', 5]] as const) {
      await rating.getByRole('radiogroup', { name: score }).getByRole('radio', { name: `${stars} of 5` }).press('Space');
    }
    await rating.getByRole('switch', { name: 'Would work with them again' }).check();
    await rating.getByRole('textbox', { name: 'Note' }).fill('Great video, slow replies.');
    await rating.getByRole('button', { name: 'Save rating' }).click();
    await expect(page.getByText('Rating saved')).toBeVisible();
    const saved = drawer.getByTestId('rating');
    await expect(saved.getByRole('img', { name: 'Timeliness: 2 of 5' })).toBeVisible();
    await expect(saved).toContainText('Would work with them again');
    await expect(saved).toContainText('Great video, slow replies.');
    const stored = await host.call('ratings.list', { collaborationId: id });
    expect(stored.data).toMatchObject([{ communication: 4, timeliness: 2, quality: 5, wouldWorkAgain: true }]);

    // Rated: the Overview no longer asks.
    await drawer.getByRole('tab', { name: 'Overview' }).click();
    await expect(drawer.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
    await expect(drawer.getByTestId('rate-prompt')).toHaveCount(0);
  } finally {
    await host.stop();
  }
});
