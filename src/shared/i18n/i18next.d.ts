import 'i18next';
import type { Catalogs } from './resources';

// Keys are checked by the compiler: a `t('board:colum.title')` typo fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Catalogs;
  }
}
