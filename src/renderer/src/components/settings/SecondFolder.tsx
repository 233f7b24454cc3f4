import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { SecondFolderInput, type BackupFolders } from '../../../../shared/backup/schemas';
import { applyApiError, validateWith } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';

/** A second place for every backup (an external drive, a synced folder), and whether it can take them now. */
export function SecondFolder({ folders }: { folders: BackupFolders }) {
  const save = useApiMutation('backup.setSecondFolder');
  const form = useForm({
    initialValues: { folder: folders.second?.folder ?? '' },
    validate: validateWith(SecondFolderInput, (v: { folder: string }) => ({ folder: v.folder })),
  });
  const apply = (folder: string | null) =>
    save.mutate(
      { folder },
      {
        onSuccess: (next) => {
          form.setValues({ folder: next.second?.folder ?? '' });
          form.resetDirty();
          notifications.show({ color: 'teal', message: next.second ? `Every backup will also be copied to ${next.second.folder}.` : 'Backups are no longer copied to a second folder.' });
        },
        onError: (e) => {
          const message = applyApiError(e, form.setErrors);
          if (message) notifications.show({ color: 'red', title: 'The folder was not saved', message });
        },
      },
    );
  return (
    <Stack gap={4}>
      <form onSubmit={form.onSubmit((v) => apply(v.folder))}>
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label="Second backup folder"
            description="An external drive or a synced folder. Every backup is also copied there and checked."
            placeholder="/Volumes/Backup/Followthrough"
            {...form.getInputProps('folder')}
          />
          <Button type="submit" variant="default" loading={save.isPending} disabled={!form.isDirty() || form.values.folder.trim() === ''}>
            Save
          </Button>
          {folders.second && (
            <Button variant="subtle" color="gray" onClick={() => apply(null)} disabled={save.isPending}>
              Stop
            </Button>
          )}
        </Group>
      </form>
      {folders.second?.problem && (
        <Text size="sm" c="red" role="alert">
          {folders.second.problem} Backups are still made next to your data.
        </Text>
      )}
    </Stack>
  );
}
