import { createRequire } from 'node:module';
import type { TFunction } from 'i18next';
import IntlMessageFormat from 'intl-messageformat';
import { INTL_TAGS, type Locale } from '../src/shared/i18n/locales';

// Playwright's loader reads the catalogs as plain JSON files, so the tests build their words from
// the same catalogs and the same ICU library rather than through the app's bundled resources.
const require = createRequire(import.meta.url);

/** The catalog's words in one language, as `t('ns:key', values)` with the app's typed keys. */
export function words(locale: Locale): TFunction {
  const say = (key: string, values?: Record<string, unknown>): string => {
    const [ns, path] = key.split(':') as [string, string];
    let node: unknown = require(`../src/shared/i18n/catalogs/${locale}/${ns}.json`);
    for (const part of path.split('.')) node = (node as Record<string, unknown>)[part];
    if (typeof node !== 'string') throw new Error(`No message ${key} in ${locale}`);
    return String(new IntlMessageFormat(node, INTL_TAGS[locale]).format(values as Record<string, string>));
  };
  return say as unknown as TFunction;
}
