import { expect, test } from './fixtures';

/*
 * The interface speaks the computer's language by default, and the one chosen in Settings after
 * that: at once, after a reload, and in dates and money as well as words.
 */

test.use({ timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 720 }, now: '2026-03-25T10:00:00Z' });

test.describe('on a Dutch computer', () => {
  test.use({ locale: 'nl-NL' });

  test('the app speaks Dutch by itself, and Chinese once chosen, also after a reload', async ({ page, host }) => {
    await page.goto(`${host.url}#/settings`);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav.getByRole('link', { name: 'Bord' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl-NL');

    const picker = page.getByRole('combobox', { name: 'Taal' });
    await expect(picker).toHaveValue('Zelfde als deze computer (Nederlands)');
    await picker.click();
    await page.getByRole('option', { name: '简体中文' }).click();
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '看板' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect((await host.call('settings.get', {})).data!.language).toBe('zh');

    await page.reload();
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '寄样' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: '界面语言' })).toHaveValue('简体中文');
  });
});

test.describe('on an English computer', () => {
  test.use({ locale: 'en-US' });

  test('a language chosen through the API reaches an open window', async ({ page, host }) => {
    await page.goto(`${host.url}#/board`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Board' })).toBeVisible();
    await host.call('settings.update', { language: 'nl' });
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zendingen' })).toBeVisible();
  });
});
