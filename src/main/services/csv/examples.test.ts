import { describe, expect, it } from 'vitest';
import { csvExample } from '../../../shared/csv/examples';
import { IMPORT_FIELDS } from '../../../shared/csv/fields';
import type { ImportKind } from '../../../shared/csv/schemas';
import { sayIn } from '../../../shared/i18n/createI18n';
import { LOCALES } from '../../../shared/i18n/locales';
import { readCsv } from './readCsv';

describe('the example the import page shows', () => {
  const cases = LOCALES.flatMap((locale) => (['creators', 'metrics', 'orders'] as ImportKind[]).map((kind) => ({ locale, kind })));

  it.each(cases)('reads in $locale as a $kind file: every column found by its name, every required one there', ({ locale, kind }) => {
    const read = readCsv(kind, csvExample(kind, sayIn(locale)), undefined, { encoding: null });
    expect(Object.values(read.mapping).filter((c) => c !== null).sort()).toEqual([...read.columns].sort());
    for (const f of IMPORT_FIELDS[kind].filter((f) => f.required)) expect(read.mapping[f.field], f.field).toBeTruthy();
    expect(read.rows).toHaveLength(1);
    expect(read.errors).toEqual([]);
  });
});
