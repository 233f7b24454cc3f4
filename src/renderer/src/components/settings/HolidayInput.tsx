import { TagsInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Holiday } from '../../../../shared/schemas';

/**
 * The holidays as chips. A typed date that does not exist (2026-13-45) never becomes a chip: it
 * stays in the box with the reason beside it, so Save never meets a bad date in the list.
 */
export function HolidayInput({ value, onChange, error }: { value: string[]; onChange: (dates: string[]) => void; error?: string }) {
  const { t } = useTranslation('settings');
  const [search, setSearch] = useState('');
  const [refused, setRefused] = useState<string | null>(null);
  // Mantine empties the box after Enter whatever onChange did; a refused date is put back.
  const keep = useRef<string | null>(null);
  const change = (next: string[]) => {
    const added = next.map((d) => d.trim()).filter((d) => !value.includes(d));
    const bad = added.map((d) => Holiday.safeParse(d)).find((r) => !r.success);
    if (bad) {
      keep.current = added.find((d) => !Holiday.safeParse(d).success) ?? null;
      setSearch(keep.current ?? '');
      setRefused(t('holidays.notAdded', { reason: bad.error.issues[0]?.message ?? t('holidays.notADate') }));
      return;
    }
    setRefused(null);
    onChange(next.map((d) => d.trim()));
  };
  const typing = (text: string) => {
    if (text === '' && keep.current !== null) {
      setSearch(keep.current);
      keep.current = null;
      return;
    }
    keep.current = null;
    if (text !== search) setRefused(null);
    setSearch(text);
  };
  return (
    <TagsInput
      label={t('holidays.label')}
      description={t('holidays.description')}
      placeholder={t('holidays.placeholder')}
      clearable
      value={value}
      onChange={change}
      searchValue={search}
      onSearchChange={typing}
      error={refused ?? error}
    />
  );
}
