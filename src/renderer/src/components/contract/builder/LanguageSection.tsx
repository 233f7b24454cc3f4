import { SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALE_NAMES } from '../../../../../shared/i18n/locales';
import { TEMPLATE_LANGUAGES, type TemplateLanguage } from '../../../../../shared/outreach/kinds';
import type { TermsForm } from './types';

const NONE = 'none';

/** The contract's language, an optional second one printed beside it, and which of the two prevails. */
export function LanguageSection({ form }: { form: TermsForm }) {
  const { t } = useTranslation('contract');
  const { language, secondLanguage, prevailing } = form.values;
  const options = (except?: TemplateLanguage) => TEMPLATE_LANGUAGES.filter((l) => l !== except).map((l) => ({ value: l, label: LOCALE_NAMES[l] }));

  const setLanguage = (next: TemplateLanguage) => {
    form.setFieldValue('language', next);
    // The second language would repeat the first: the contract becomes single-language again.
    if (secondLanguage === next) {
      form.setFieldValue('secondLanguage', null);
      form.setFieldValue('prevailing', 'first');
    }
  };
  const setSecond = (next: string | null) => {
    form.setFieldValue('secondLanguage', next === null || next === NONE ? null : (next as TemplateLanguage));
    if (next === null || next === NONE) form.setFieldValue('prevailing', 'first');
  };

  return (
    <Stack gap="sm">
      <SimpleGrid cols={2}>
        <Select
          label={t('language.contract')}
          description={t('language.contractDescription')}
          data={options()}
          value={language}
          allowDeselect={false}
          onChange={(v) => v && setLanguage(v as TemplateLanguage)}
          error={form.errors.language}
        />
        <Select
          label={t('language.second')}
          data={[{ value: NONE, label: t('language.none') }, ...options(language)]}
          value={secondLanguage ?? NONE}
          allowDeselect={false}
          onChange={setSecond}
          error={form.errors.secondLanguage}
        />
      </SimpleGrid>
      {secondLanguage !== null && (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('language.prevailing')}
          </Text>
          <SegmentedControl
            aria-label={t('language.prevailing')}
            data={[
              { value: 'first', label: LOCALE_NAMES[language] },
              { value: 'second', label: LOCALE_NAMES[secondLanguage] },
            ]}
            value={prevailing}
            onChange={(v) => form.setFieldValue('prevailing', v === 'second' ? 'second' : 'first')}
          />
        </Stack>
      )}
    </Stack>
  );
}
