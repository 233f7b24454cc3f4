import { useTranslation } from 'react-i18next';
import { en } from '../../../../shared/i18n/resources';

type FieldId = keyof typeof en.importExport.field;
type ShortId = keyof typeof en.importExport.fieldShort;

interface Field {
  field: string;
  /** The shared module's English, shown for a field the catalogs do not know yet. */
  label: string;
}

const isField = (id: string): id is FieldId => Object.hasOwn(en.importExport.field, id);
const hasShort = (id: string): id is ShortId => Object.hasOwn(en.importExport.fieldShort, id);

/**
 * The import fields' labels in the interface's language, by field id: src/shared/csv/fields.ts
 * keeps the ids and the headers it matches (in every language), the catalogs the words people read.
 */
export function useFieldLabels() {
  const { t } = useTranslation('importExport');
  const label = (f: Field): string => (isField(f.field) ? t(`field.${f.field}`) : f.label);
  // Without its explanation in brackets, to name the field inside another sentence.
  const short = (f: Field): string => (hasShort(f.field) ? t(`fieldShort.${f.field}`) : label(f));
  return { label, short };
}
