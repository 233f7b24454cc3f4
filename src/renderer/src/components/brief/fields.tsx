import { TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type BriefContent, type BriefField, LIST_FIELDS } from '../../../../shared/brief/schemas';

/** How the editor lays the fields out: one per row, or two side by side. */
export const FIELD_ROWS: readonly (readonly BriefField[])[] = [
  ['product'],
  ['mustSay'],
  ['mustNot'],
  ['format', 'length'],
  ['style'],
  ['references'],
  ['brandElements'],
  ['tags', 'links'],
  ['disclosure'],
  ['contactName', 'contactDetail'],
  ['draftHandIn'],
  ['notes'],
];

const PARAGRAPHS: ReadonlySet<BriefField> = new Set(['style', 'brandElements', 'draftHandIn', 'notes']);
const isList = (field: BriefField): field is (typeof LIST_FIELDS)[number] => (LIST_FIELDS as readonly string[]).includes(field);

/** The first error of a field, also one given at an entry of a list ("mustSay.2"). */
export function errorOf(errors: Record<string, string>, field: BriefField): string | undefined {
  return errors[field] ?? Object.entries(errors).find(([path]) => path.startsWith(`${field}.`))?.[1];
}

interface Props {
  field: BriefField;
  value: BriefContent[BriefField];
  onChange: (value: BriefContent[BriefField]) => void;
  error?: string;
  disabled?: boolean;
}

/** One field of a brief, edited as what it holds: a line, a paragraph or a list of entries. */
export function BriefFieldInput({ field, value, onChange, error, disabled }: Props) {
  const { t } = useTranslation('brief');
  const common = { label: t(`field.${field}`), error, disabled, 'data-field': field };
  if (isList(field)) {
    const description = field === 'mustSay' ? t('field.mustSayHint') : field === 'references' ? t('field.referencesHint') : undefined;
    return <TagsInput {...common} description={description} value={value as string[]} onChange={onChange} clearable acceptValueOnBlur />;
  }
  if (PARAGRAPHS.has(field)) {
    return <Textarea {...common} autosize minRows={2} maxRows={8} value={value as string} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
  const placeholder =
    field === 'format'
      ? t('field.formatPlaceholder')
      : field === 'length'
        ? t('field.lengthPlaceholder')
        : field === 'disclosure'
          ? t('field.disclosurePlaceholder')
          : field === 'contactDetail'
            ? t('field.contactDetailPlaceholder')
            : undefined;
  const description = field === 'product' ? t('field.productHint') : undefined;
  return <TextInput {...common} placeholder={placeholder} description={description} value={value as string} onChange={(e) => onChange(e.currentTarget.value)} />;
}
