import { execFileSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { cardOf, column, expect, test } from './fixtures';
import { type Host, startHost } from './host';

// Dates render in the page's locale; pin one so the expected texts are exact.
test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });

async function seed(host: Host): Promise<number> {
  await host.call('settings.update', { brandName: 'Lumen Skincare', senderName: 'Ana', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const creator = await host.call('influencers.create', {
    name: 'Mia Chen',
    handles: [{ platform: 'youtube', handle: '@miachen' }],
    region: 'EU',
    email: 'mia@example.com',
  });
  const collab = await host.call('collaborations.create', {
    creatorId: creator.data!.id,
    feeMinor: 100_000,
    currency: 'EUR',
    product: 'Glow serum',
    stage: 'contract_sent',
  });
  return collab.data!.id;
}

test.describe(() => {
  // The product arrives on 2 March 2026: the DOMAIN example.
  test.use({ now: '2026-03-02T09:00:00Z' });

  test('build a paid-video contract, finalize it, receive the product, see the deadlines, export the PDF', async ({ page, now, consoleGuard }, testInfo) => {
    // The print frame refuses every script, this test's own and Playwright's clock among them.
    consoleGuard.allow(/Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/);
    const host = await startHost(testInfo.outputPath('data'), { now });
    try {
      const id = await seed(host);
      // Catch the print dialog of the hidden print frame (it runs no scripts of its own).
      await page.addInitScript(() => {
        window.print = () => {
          (window.top as unknown as { printed?: string }).printed = document.documentElement.outerHTML;
        };
      });
      await page.goto(host.url);
      await cardOf(column(page, 'contract_sent'), 'Mia Chen').click();
      const drawer = page.getByRole('dialog', { name: 'Mia Chen' });
      await drawer.getByRole('tab', { name: 'Contract' }).click();
      await expect(drawer).toContainText('No contract yet');
      await drawer.getByRole('link', { name: 'Build the contract' }).click();

      await expect(page.getByRole('heading', { name: 'Contract with Mia Chen' })).toBeVisible();
      await page.getByRole('combobox', { name: 'Start from a preset' }).click();
      await page.getByRole('option', { name: 'Paid video', exact: true }).click();
      const preview = page.frameLocator('iframe[title="Contract preview"]');
      await expect(preview.locator('body')).toContainText('within 24 hours');
      await expect(preview.locator('body')).toContainText('5 % of the fee for each day');

      // A risky change shows a warning next to the form, and goes away when undone.
      await page.getByRole('button', { name: 'Content ownership and usage' }).click();
      await page.getByRole('textbox', { name: 'Licence length' }).fill('');
      await expect(page.getByTestId('contract-warnings')).toContainText('no duration');
      await page.getByRole('textbox', { name: 'Licence length' }).fill('90');
      await expect(page.getByTestId('contract-warnings')).toBeHidden();

      await page.getByRole('button', { name: 'Finalize version 1' }).click();
      await page.getByRole('dialog', { name: 'Finalize version 1?' }).getByRole('button', { name: 'Finalize' }).click();
      await expect(page.getByText('Version 1 finalized').first()).toBeVisible();

      // Back on the board: the product arrives, so the deadlines start counting.
      await page.getByRole('link', { name: 'Back to the card' }).click();
      const card = page.getByRole('dialog', { name: 'Mia Chen' });
      await card.getByRole('combobox', { name: 'Stage' }).click();
      await page.getByRole('option', { name: 'Product received' }).click();
      await card.getByRole('tab', { name: 'Contract' }).click();
      const rows = card.getByRole('table', { name: 'Deadlines' });
      const expected = [
        ['product_feedback', 'Product feedback', '5 Mar 2026'],
        ['script', 'Script', '9 Mar 2026'],
        ['first_draft', 'First draft', '17 Mar 2026'],
        ['publish', 'Final video published', '22 Mar 2026'],
      ];
      for (const [key, name, date] of expected) {
        const row = rows.locator(`tr[data-key="${key}"]`);
        await expect(row).toContainText(name!);
        await expect(row).toContainText(date!);
        await expect(row).toContainText('Upcoming');
      }
      await card.getByRole('button', { name: 'Close' }).click();
      await expect(cardOf(column(page, 'product_received'), 'Mia Chen')).toContainText('Product feedback · 5 Mar 2026');

      // Print version 1 from the drawer: the stored text goes to the print dialog.
      await cardOf(column(page, 'product_received'), 'Mia Chen').click();
      await card.getByRole('tab', { name: 'Contract' }).click();
      await card.getByRole('table', { name: 'Contract versions' }).getByRole('button', { name: 'Print' }).click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: string }).printed ?? '')).toContain('Version 1');

      // The same version as a Word file, for the creator to mark up.
      const downloading = page.waitForEvent('download');
      await card.getByRole('table', { name: 'Contract versions' }).getByRole('button', { name: 'Word (.docx)' }).click();
      const docx = await downloading;
      expect(docx.suggestedFilename()).toBe('contract-mia-chen-v1.docx');
      expect(statSync(await docx.path()).size).toBeGreaterThan(0);

      // Export the PDF of the stored version, as the browser's "Save as PDF" does, and read it back.
      const stored = await host.call('contracts.render', { collaborationId: id, version: 1 });
      const pdfPage = await page.context().newPage();
      await pdfPage.setContent(stored.data!.html);
      const file = testInfo.outputPath('contract.pdf');
      writeFileSync(file, await pdfPage.pdf({ preferCSSPageSize: true }));
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('€1,000');
      expect(text).toContain('within 24 hours');
      expect(text).toContain('5 % of the fee for each day');
      expect(text).toContain('capped at 50 %');
      expect(text).toMatch(/Page 1 of \d/);
    } finally {
      await host.stop();
    }
  });
});

test.describe(() => {
  // Three days after the publish date of 22 March.
  test.use({ now: '2026-03-25T12:00:00Z' });

  test('the DOMAIN example: publishing 3 days late shows on the card and costs 15 % in the drawer', async ({ page, now }, testInfo) => {
    const host = await startHost(testInfo.outputPath('data'), { now });
    try {
      const id = await seed(host);
      const terms = await host.call('contracts.preset', { collaborationId: id, preset: 'paid_video' });
      expect((await host.call('contracts.finalize', { collaborationId: id, terms: terms.data })).ok).toBe(true);
      expect((await host.call('collaborations.update', { id, productReceivedOn: '2026-03-02' })).ok).toBe(true);
      const list = await host.call('deadlines.list', { collaborationId: id });
      const idOf = (key: string) => list.data!.deadlines.find((d) => d.key === key)!.id;
      // Everything before publishing was on time, the brand's review included.
      for (const [key, at] of [['product_feedback', '2026-03-05'], ['script', '2026-03-09'], ['first_draft', '2026-03-17'], ['brand_review', '2026-03-19']]) {
        expect((await host.call('deadlines.deliver', { id: idOf(key!), at: `${at}T10:00:00Z` })).ok).toBe(true);
      }

      await page.goto(host.url);
      const card = cardOf(column(page, 'contract_sent'), 'Mia Chen');
      await expect(card).toContainText('Final video published · 3 d late');
      await expect(card.locator('[data-deadline="overdue"]')).toBeVisible();
      await card.click();
      const drawer = page.getByRole('dialog', { name: 'Mia Chen' });
      await drawer.getByRole('tab', { name: 'Contract' }).click();
      const penalty = drawer.getByTestId('penalty');
      await expect(penalty).toContainText('3 days late');
      await expect(penalty).toContainText('€150 of €1,000');
      await expect(penalty).not.toContainText('end the collaboration');
      await expect(drawer.locator('tr[data-key="publish"]')).toContainText('Late by 3 days');
      await expect(drawer.locator('tr[data-key="script"]')).toContainText('Delivered on time');

      // Delivering now stops the clock at 3 days.
      await drawer.locator('tr[data-key="publish"]').getByRole('button', { name: 'Mark delivered' }).click();
      await expect(drawer.locator('tr[data-key="publish"]')).toContainText('Delivered 3 days late');
      await drawer.getByRole('tab', { name: 'Timeline' }).click();
      await expect(drawer.getByTestId('timeline')).toContainText('Final video published');
    } finally {
      await host.stop();
    }
  });
});
