import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import { SecondFolderInput, type BackupFolders } from '../../../../shared/backup/schemas';
import { applyApiError, refusalText, validateWith } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';

// A path to show the shape of one, the same in every language.
const EXAMPLE_FOLDER = '/Volumes/Backup/Followthrough';

/** A second place for every backup (an external drive, a synced folder), and whether it can take them now. */
export function SecondFolder({ folders }: { folders: BackupFolders }) {
  const { t } = useTranslation('settings');
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
          notifications.show({ color: 'teal', message: next.second ? t('secondFolder.copiedTo', { folder: next.second.folder }) : t('secondFolder.stopped') });
        },
        onError: (e) => {
          const message = applyApiError(e, form.setErrors);
          if (message) notifications.show({ color: 'red', title: t('secondFolder.notSaved'), message });
        },
      },
    );
  const folderField = form.getInputProps('folder');
  return (
    <Stack gap={4}>
      <form onSubmit={form.onSubmit((v) => apply(v.folder))}>
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={t('secondFolder.label')}
            description={t('secondFolder.description')}
            placeholder={EXAMPLE_FOLDER}
            {...folderField}
          />
          <Button type="submit" variant="default" loading={save.isPending} disabled={!form.isDirty() || form.values.folder.trim() === ''}>
            {t('secondFolder.save')}
          </Button>
          {folders.second && (
            <Button variant="subtle" color="gray" onClick={() => apply(null)} disabled={save.isPending}>
              {t('secondFolder.stop')}
            </Button>
          )}
        </Group>
      </form>
      {folders.second?.problem && (
        <Text size="sm" c="red" role="alert">
          {t('secondFolder.problem', { problem: refusalText({ ...folders.second, message: folders.second.problem }) })}
        </Text>
      )}
    </Stack>
  );
}
