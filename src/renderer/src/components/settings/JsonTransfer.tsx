import { Button, FileButton, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileDownload, IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { downloadText } from '../../download';
import { useApiMutation } from '../../hooks/queries';
import { errorText } from '../../formErrors';
import { missingMaterialsText } from '../materials/missingMaterials';

/** All data as one JSON file, and back: to move to another computer or keep a readable copy. */
export function JsonTransfer() {
  const { t } = useTranslation('settings');
  const importJson = useApiMutation('backup.importJson');
  const [file, setFile] = useState<File | null>(null);
  const exportAll = async () => {
    try {
      const { filename, json } = await call('backup.exportJson', {});
      downloadText(filename, json, 'application/json');
    } catch (e) {
      notifications.show({ color: 'red', title: t('json.notExported'), message: errorText(e) });
    }
  };
  const confirm = async () => {
    if (!file) return;
    importJson.mutate(
      { json: await file.text() },
      {
        onSuccess: (r) => {
          setFile(null);
          notifications.show({ color: 'teal', title: t('json.imported'), message: t('json.importedText', { rows: r.rows, keptAs: r.keptAs }), autoClose: 10_000 });
          const missing = missingMaterialsText(r.missingMaterials);
          if (missing) notifications.show({ color: 'yellow', message: missing, autoClose: false });
        },
        onError: (e) => notifications.show({ color: 'red', title: t('json.notImported'), message: errorText(e) }),
      },
    );
  };
  return (
    <>
      <Group gap="xs">
        <Button variant="default" leftSection={<IconFileDownload size={16} />} onClick={exportAll}>
          {t('json.export')}
        </Button>
        <FileButton onChange={setFile} accept="application/json,.json">
          {(props) => (
            <Button variant="default" leftSection={<IconFileUpload size={16} />} {...props}>
              {t('json.import')}
            </Button>
          )}
        </FileButton>
      </Group>
      <Modal opened={file !== null} onClose={() => setFile(null)} title={t('json.confirmTitle')}>
        <Stack>
          <Text size="sm">{t('json.confirmText', { file: file?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setFile(null)}>
              {t('json.cancel')}
            </Button>
            <Button color="orange" onClick={confirm} loading={importJson.isPending}>
              {t('json.replace')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
