import { Paper, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { LanguageChoice, LOCALE_NAMES, LOCALES } from '../../../../shared/i18n/locales';
import { errorText } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';
import { applyLanguage, pageLocale } from '../../i18n';

/** The interface's language; saved and applied as soon as it is picked, like a switch. */
export function LanguageSettings({ language }: { language: LanguageChoice }) {
  const { t } = useTranslation(['settings', 'common']);
  const save = useApiMutation('settings.update');
  const data = [
    { value: 'system', label: t('common:language.system', { name: LOCALE_NAMES[pageLocale('system')] }) },
    ...LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] })),
  ];
  const choose = async (value: string | null) => {
    const choice = LanguageChoice.safeParse(value);
    if (!choice.success || choice.data === language) return;
    try {
      await save.mutateAsync({ language: choice.data });
      applyLanguage(choice.data);
    } catch (e) {
      notifications.show({ color: 'red', title: t('language.notSaved'), message: errorText(e) });
    }
  };
  return (
    <Paper withBorder p="md">
      <Select
        label={t('common:language.label')}
        description={t('common:language.description')}
        data={data}
        value={language}
        onChange={(value) => void choose(value)}
        allowDeselect={false}
        disabled={save.isPending}
      />
    </Paper>
  );
}
