import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cardOf, column, expect, test } from './fixtures';
import { type Host, startHost } from './host';

/*
 * A contract for a Chinese-speaking creator: written in Chinese by default, with English beside it
 * paragraph by paragraph, and both still readable in the exported PDF.
 */

test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam', now: '2026-03-02T09:00:00Z' });

async function seed(host: Host): Promise<number> {
  await host.call('settings.update', { brandName: 'Lumen Skincare', senderName: 'Ana', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const creator = await host.call('influencers.create', {
    name: 'Lin Yue',
    handles: [{ platform: 'xiaohongshu', handle: '@linyue' }],
    region: 'CN',
    language: 'zh',
    email: 'lin@example.com',
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

/** The PDF's words; Chinese wraps between any two characters, so it is compared without white space. */
function pdfText(file: string): { words: string; cjk: string } {
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return { words: text.replace(/\s+/g, ' '), cjk: text.replace(/\s+/g, '') };
}

test('build an English and Chinese contract for a Chinese creator and export it as a PDF', async ({ page, now, consoleGuard }, testInfo) => {
  // The preview frame refuses every script, Playwright's clock among them.
  consoleGuard.allow(/Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/);
  const host = await startHost(testInfo.outputPath('data'), { now });
  try {
    const id = await seed(host);
    await page.goto(host.url);
    await cardOf(column(page, 'contract_sent'), 'Lin Yue').click();
    const drawer = page.getByRole('dialog', { name: 'Lin Yue' });
    await drawer.getByRole('tab', { name: 'Contract' }).click();
    await drawer.getByRole('link', { name: 'Build the contract' }).click();
    await expect(page.getByRole('heading', { name: 'Contract with Lin Yue' })).toBeVisible();

    // The draft is in the creator's language; the builder around it stays in the brand's.
    await expect(page.getByRole('combobox', { name: 'Contract language' })).toHaveValue('简体中文');
    const preview = page.frameLocator('iframe[title="Contract preview"]');
    await expect(preview.locator('body')).toContainText('第1条');
    await expect(preview.locator('body')).toContainText('乙方应在24小时内回复甲方的消息。');
    await expect(preview.locator('body')).not.toContainText('The brand pays the creator');

    // English beside the Chinese, and English prevails.
    await page.getByRole('combobox', { name: 'Second language, side by side' }).click();
    await page.getByRole('option', { name: 'English', exact: true }).click();
    const prevails = page.getByRole('radiogroup', { name: 'If the two texts differ, this one prevails' });
    await prevails.getByText('English', { exact: true }).click();
    await expect(prevails.getByRole('radio', { name: 'English' })).toBeChecked();
    await expect(preview.locator('h2.pair').first()).toContainText('合同双方');
    await expect(preview.locator('h2.pair').first()).toContainText('Parties');
    const feeRow = preview.locator('.pair', { hasText: '支付合作费用' }).first();
    await expect(feeRow).toContainText('The brand pays the creator a fee of €1,000');
    await expect(preview.locator('body')).toContainText('If the two versions differ, the English version prevails.');
    await expect(preview.locator('body')).toContainText('两种文本如有不一致，以英文文本为准。');

    await page.getByRole('button', { name: 'Finalize version 1' }).click();
    await page.getByRole('dialog', { name: 'Finalize version 1?' }).getByRole('button', { name: 'Finalize' }).click();
    await expect(page.getByText('Version 1 finalized').first()).toBeVisible();

    const stored = await host.call('contracts.get', { collaborationId: id });
    expect(stored.data!.terms).toMatchObject({ language: 'zh', secondLanguage: 'en', prevailing: 'second' });

    // Export the PDF of the stored version, as the browser's "Save as PDF" does, and read it back.
    const version = await host.call('contracts.render', { collaborationId: id, version: 1 });
    const pdfPage = await page.context().newPage();
    await pdfPage.setContent(version.data!.html);
    const file = testInfo.outputPath('contract-zh-en.pdf');
    writeFileSync(file, await pdfPage.pdf({ preferCSSPageSize: true }));
    const { words, cjk } = pdfText(file);
    for (const chinese of ['第1条', '合同双方', '逾期交付', '乙方应在24小时内回复甲方的消息。', '以英文文本为准', '甲方（品牌方）']) {
      expect(cjk, chinese).toContain(chinese);
    }
    for (const english of ['Parties', 'Late delivery', 'within 24 hours', 'Signatures', '€1,000']) {
      expect(words, english).toContain(english);
    }
    // The pages are numbered in the contract's first language.
    expect(cjk).toMatch(/第1页，共\d+页/);
  } finally {
    await host.stop();
  }
});
