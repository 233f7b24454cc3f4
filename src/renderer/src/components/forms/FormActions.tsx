import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function FormActions({ saving, error, onCancel, label }: { saving: boolean; error: string | null; onCancel: () => void; label: string }) {
  const { t } = useTranslation('forms');
  return (
    <>
      {error && (
        <Alert color="red" variant="light" title={t('actions.notSaved')}>
          {error}
        </Alert>
      )}
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={onCancel}>
          {t('actions.cancel')}
        </Button>
        <Button type="submit" loading={saving}>
          {label}
        </Button>
      </Group>
    </>
  );
}
