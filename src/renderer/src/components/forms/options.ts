import { useTranslation } from 'react-i18next';
import { PLATFORMS, REGIONS } from '../../../../shared/platforms';
import { languageName } from '../../format';

/** The platforms as the interface's language names them (小红书, 抖音 … in Chinese). */
export function usePlatformOptions() {
  const { t } = useTranslation('domain');
  return PLATFORMS.map((p) => ({ value: p, label: t(`platform.${p}`) }));
}

export function useRegionOptions() {
  const { t } = useTranslation('forms');
  return REGIONS.map((r) => ({ value: r, label: t(`region.${r}`) }));
}

// The languages creators most often write in; any other tag the creator already has stays on offer.
const CREATOR_LANGUAGES = ['en', 'zh', 'nl', 'de', 'fr', 'es', 'it', 'pt', 'ja', 'ko', 'pl', 'sv', 'da', 'nb', 'fi', 'ru', 'tr', 'ar', 'id', 'th', 'vi', 'zh-TW', 'pt-BR'];

/** Languages by their names in the interface's language, the tag beside it ("荷兰语 (nl)"). */
export function languageOptions(current: string): { value: string; label: string }[] {
  const tags = current !== '' && !CREATOR_LANGUAGES.includes(current) ? [current, ...CREATOR_LANGUAGES] : CREATOR_LANGUAGES;
  return tags.map((tag) => ({ value: tag, label: `${languageName(tag)} (${tag})` }));
}

// The list holds canonical zone names only, without "UTC", which a machine set to UTC reports.
export const timeZoneOptions: string[] = (() => {
  try {
    return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
  } catch {
    return ['UTC'];
  }
})();

export const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'CNY', 'JPY', 'CHF', 'SEK', 'DKK', 'NOK', 'PLN', 'CAD', 'AUD', 'HKD', 'SGD'];

/** Empty text fields mean "not set" to the API. */
export const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export const numberOrNull = (value: number | string): number | null =>
  value === '' || value === null || value === undefined ? null : Number(value);
