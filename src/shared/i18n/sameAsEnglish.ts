/**
 * Messages that are rightly the same as the English: product names, and words Dutch took from
 * English. Anything else left as the English fails catalogs.test.ts.
 */
export const SAME_AS_ENGLISH: Record<'zh' | 'nl', readonly string[]> = {
  zh: ['common:appName'],
  nl: ['common:appName'],
};
