import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Material } from '../../../../shared/materials/schemas';
import { currentIntlTag } from '../../i18n';
import { fileSize } from '../materials/fileSize';

interface Props {
  materials: Material[];
  selected: number[];
  onChange: (ids: number[]) => void;
  error?: string | undefined;
}

/** The campaign's kit as files to send along; one whose file is missing cannot be picked. */
export function AttachmentPicker({ materials, selected, onChange, error }: Props) {
  const { t } = useTranslation('templates');
  const tag = currentIntlTag();
  const bytes = materials.filter((m) => selected.includes(m.id)).reduce((sum, m) => sum + m.bytes, 0);
  return (
    <Stack gap={4} data-testid="mail-attachments">
      <Checkbox.Group label={t('send.attach.title')} value={selected.map(String)} onChange={(ids) => onChange(ids.map(Number))} error={error}>
        <Stack gap={6} mt={6}>
          {materials.map((m) => (
            <Checkbox
              key={m.id}
              value={String(m.id)}
              label={m.name}
              description={m.available ? fileSize(m.bytes, tag) : t('send.attach.missing')}
              disabled={!m.available}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      {selected.length > 0 && (
        <Text size="xs" c="dimmed" data-testid="mail-attachments-total">
          {t('send.attach.total', { count: selected.length, size: fileSize(bytes, tag) })}
        </Text>
      )}
    </Stack>
  );
}
