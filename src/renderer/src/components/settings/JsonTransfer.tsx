import { Button, FileButton, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileDownload, IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { call } from '../../api';
import { downloadText } from '../../download';
import { useApiMutation } from '../../hooks/queries';

/** All data as one JSON file, and back: to move to another computer or keep a readable copy. */
export function JsonTransfer() {
  const importJson = useApiMutation('backup.importJson');
  const [file, setFile] = useState<File | null>(null);
  const exportAll = async () => {
    try {
      const { filename, json } = await call('backup.exportJson', {});
      downloadText(filename, json, 'application/json');
    } catch (e) {
      notifications.show({ color: 'red', title: 'Nothing was exported', message: (e as Error).message });
    }
  };
  const confirm = async () => {
    if (!file) return;
    importJson.mutate(
      { json: await file.text() },
      {
        onSuccess: (r) => {
          setFile(null);
          notifications.show({ color: 'teal', title: 'Data imported', message: `${r.rows.toLocaleString()} rows. The data you replaced is kept as ${r.keptAs}.`, autoClose: 10_000 });
        },
        onError: (e) => notifications.show({ color: 'red', title: 'Nothing was imported', message: e.message }),
      },
    );
  };
  return (
    <>
      <Group gap="xs">
        <Button variant="default" leftSection={<IconFileDownload size={16} />} onClick={exportAll}>
          Export all data (JSON)
        </Button>
        <FileButton onChange={setFile} accept="application/json,.json">
          {(props) => (
            <Button variant="default" leftSection={<IconFileUpload size={16} />} {...props}>
              Import all data…
            </Button>
          )}
        </FileButton>
      </Group>
      <Modal opened={file !== null} onClose={() => setFile(null)} title="Replace all data with this export?">
        <Stack>
          <Text size="sm">
            Everything in Followthrough will be replaced by {file?.name}. The export is checked first, and the data you have now is kept next to the backups.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setFile(null)}>
              Cancel
            </Button>
            <Button color="orange" onClick={confirm} loading={importJson.isPending}>
              Replace all data
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
