import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '../../../../shared/csv/fields';
import { en } from '../../../../shared/i18n/resources';

const fields = Object.values(IMPORT_FIELDS).flat();
const labels: Record<string, string> = en.importExport.field;
const shortLabels: Record<string, string> = en.importExport.fieldShort;

describe('the import fields in the catalogs', () => {
  it('name every field as the shared module does in English', () => {
    for (const f of fields) expect(labels[f.field], f.field).toBe(f.label);
  });

  it('have a short label for each label with an explanation in brackets', () => {
    for (const f of fields) {
      const short = f.label.replace(/\s*\(.*\)$/, '');
      expect(shortLabels[f.field], f.field).toBe(short === f.label ? undefined : short);
    }
  });
});
