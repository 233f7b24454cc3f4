import { INTL_TAGS, type Locale } from '../src/shared/i18n/locales';
import { cardOf, column, drag, expect, test } from './fixtures';
import { contractedCollaboration } from './seed';
import { words } from './words';

/*
 * The main flows with the interface in Chinese and in Dutch: the words on screen are the catalog's
 * (catalogs.test.ts checks the catalogs are complete and translated), the amounts are typed and
 * shown as the language writes them, and the record says what happened in the same language.
 */

const NOW = '2026-03-25T10:00:00Z';
test.use({ now: NOW, timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 720 } });

const money = (locale: Locale, major: number) =>
  new Intl.NumberFormat(INTL_TAGS[locale], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(major);

const cases: { locale: Locale; tag: string; fee: string; major: number; newCard: string }[] = [
  // A Dutch marketer types the thousands with a dot: 2.500 is two thousand five hundred.
  { locale: 'nl', tag: 'nl-NL', fee: '2.500', major: 2500, newCard: 'Sanne de Vries' },
  { locale: 'zh', tag: 'zh-CN', fee: '2,500', major: 2500, newCard: '林小美' },
];

for (const { locale, tag, fee, major, newCard } of cases) {
  test.describe(`with the interface in ${locale}`, () => {
    test.use({ locale: tag });
    const t = words(locale);

    test('a new user adds a creator and a collaboration, drags it, and reads its history', async ({ page, host }) => {
      await page.goto(host.url);
      await expect(page.getByRole('heading', { name: t('board:empty.title') })).toBeVisible();
      await page.getByRole('button', { name: t('board:empty.newCollaboration') }).click();
      const dialog = page.getByRole('dialog', { name: t('forms:collaboration.title') });
      await dialog.getByRole('button', { name: t('forms:collaboration.newCreator') }).click();
      const creatorDialog = page.getByRole('dialog', { name: t('forms:collaboration.newCreatorTitle') });
      await creatorDialog.getByLabel(t('forms:creator.name')).fill(newCard);
      await creatorDialog.getByRole('textbox', { name: t('forms:creator.handle') }).fill('@maker');
      await creatorDialog.getByRole('button', { name: t('forms:creator.add') }).click();
      await expect(creatorDialog).toBeHidden();

      await dialog.getByRole('combobox', { name: t('forms:collaboration.stage') }).click();
      await page.getByRole('option', { name: t('domain:stage.outreach') }).click();
      await dialog.getByRole('textbox', { name: t('forms:collaboration.fee') }).fill(fee);
      await dialog.getByRole('button', { name: t('forms:collaboration.add') }).click();
      await expect(dialog).toBeHidden();

      const card = cardOf(column(page, 'outreach'), newCard);
      await expect(card).toContainText(money(locale, major));
      const stored = await host.call('collaborations.board', {});
      expect(stored.data!.cards.find((c) => c.creatorName === newCard)!.feeMinor).toBe(major * 100);

      await drag(page, card, column(page, 'negotiating'));
      const moved = cardOf(column(page, 'negotiating'), newCard);
      await expect(moved).toBeVisible();
      await moved.click();
      const drawer = page.getByRole('dialog', { name: newCard });
      await drawer.getByRole('tab', { name: t('card:tabs.timeline') }).click();
      await expect(drawer.getByTestId('timeline')).toContainText(
        t('events:moved', { from: t('domain:stage.outreach'), to: t('domain:stage.negotiating') }),
      );
      // Even the close button is named in the language, for a screen reader.
      await drawer.getByRole('button', { name: t('common:closeButton.close') }).click();
      await expect(drawer).toBeHidden();
    });

    test('a silent creator: the reminder, then a message in the creator’s language from the Messages tab', async ({ page, host }) => {
      await host.call('settings.update', { brandName: 'Lumen', senderName: 'Sam', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
      const id = await contractedCollaboration(host, 'Mia Chen', '2026-03-02');
      const collab = await host.call('collaborations.get', { id });
      expect((await host.call('influencers.update', { id: collab.data!.creator.id, email: 'mia@example.com', language: locale })).ok).toBe(true);
      expect((await host.call('notifications.check')).ok).toBe(true);

      await page.goto(host.url);
      const card = cardOf(page, 'Mia Chen');
      await expect(card).toBeVisible();
      await card.click();
      const drawer = page.getByRole('dialog', { name: 'Mia Chen' });
      await drawer.getByRole('tab', { name: t('card:tabs.messages') }).click();
      await expect(drawer.getByRole('tab', { name: t('card:tabs.messages') })).toHaveAttribute('aria-selected', 'true');

      // The composer offers the suggested message in the creator's language.
      const suggested = (await host.call('outreach.suggest', { collaborationId: id })).data!;
      expect(suggested.templateId).toMatch(new RegExp(`\\.${locale}$`));
      const composed = (await host.call('outreach.compose', { collaborationId: id, templateId: suggested.templateId! })).data!;
      await drawer.getByTestId('suggestion').getByRole('button').first().click();
      await expect(drawer.getByRole('textbox', { name: t('templates:composer.message'), exact: true })).toHaveValue(composed.body.text);
    });
  });
}
