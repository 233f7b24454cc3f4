import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function SearchInput({ value, onChange, placeholder, w = 260 }: { value: string; onChange: (value: string) => void; placeholder: string; w?: number }) {
  const { t } = useTranslation('board');
  return (
    <TextInput
      placeholder={placeholder}
      aria-label={t('search.label')}
      leftSection={<IconSearch size={16} />}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      w={w}
    />
  );
}
