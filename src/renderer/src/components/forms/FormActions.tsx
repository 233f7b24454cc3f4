import { Alert, Button, Group } from '@mantine/core';

export function FormActions({ saving, error, onCancel, label }: { saving: boolean; error: string | null; onCancel: () => void; label: string }) {
  return (
    <>
      {error && (
        <Alert color="red" variant="light" title="Not saved">
          {error}
        </Alert>
      )}
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={saving}>
          {label}
        </Button>
      </Group>
    </>
  );
}
