import { ActionIcon, Alert, Badge, Button, Group, Modal, Paper, Select, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Material, MATERIAL_KINDS, MATERIAL_MAX_BYTES, type MaterialKind, MediaType } from '../../../../shared/materials/schemas';
import { readBase64 } from '../../fileBytes';
import { errorText } from '../../formErrors';
import { formatDateTime } from '../../format';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { currentIntlTag } from '../../i18n';
import { downloadMaterial } from './downloadMaterial';
import { fileSize } from './fileSize';
import { guessKind } from './guessKind';
import { MaterialDrop } from './MaterialDrop';

type KindChoice = MaterialKind | 'auto';

/** A campaign's materials kit: add files (dropped or chosen), see them with their size and date, download or remove them. */
export function MaterialsKit({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation('materials');
  const list = useApiQuery('materials.list', { campaignId });
  const add = useApiMutation('materials.add');
  const remove = useApiMutation('materials.remove');
  const [kind, setKind] = useState<KindChoice>('auto');
  const [busy, setBusy] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [removing, setRemoving] = useState<Material | null>(null);

  // One at a time: each file is one request, and a refusal names its file.
  const addFiles = async (files: File[]) => {
    const found: string[] = [];
    let added = 0;
    for (const file of files) {
      if (file.size === 0) {
        found.push(t('add.empty', { name: file.name }));
        continue;
      }
      if (file.size > MATERIAL_MAX_BYTES) {
        found.push(t('add.tooBig', { name: file.name }));
        continue;
      }
      setBusy(file.name);
      let base64: string;
      try {
        base64 = await readBase64(file, t('add.noReason'));
      } catch (error) {
        found.push(t('add.unreadable', { name: file.name, reason: (error as Error).message }));
        continue;
      }
      try {
        const mediaType = MediaType.safeParse(file.type);
        await add.mutateAsync({
          campaignId,
          kind: kind === 'auto' ? guessKind(mediaType.success ? mediaType.data : '') : kind,
          name: file.name,
          base64,
          ...(mediaType.success ? { mediaType: mediaType.data } : {}),
        });
        added += 1;
      } catch (error) {
        found.push(`${t('add.notAdded', { name: file.name })}: ${errorText(error)}`);
      }
    }
    setBusy(null);
    setProblems(found);
    if (added > 0) notifications.show({ color: 'teal', message: t('add.added', { count: added }) });
  };

  const confirmRemove = () => {
    if (!removing) return;
    const { id, name } = removing;
    remove.mutate(
      { id },
      {
        onSuccess: () => {
          setRemoving(null);
          notifications.show({ color: 'teal', message: t('remove.removed', { name }) });
        },
        onError: (e) => notifications.show({ color: 'red', title: t('remove.notRemoved'), message: errorText(e) }),
      },
    );
  };

  const tag = currentIntlTag();
  const kinds = [{ value: 'auto', label: t('kind.auto') }, ...MATERIAL_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="materials-title" data-testid="materials-kit">
      <Stack gap="sm">
        <Title order={4} id="materials-title">
          {t('title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('about')}
        </Text>
        <Group align="stretch" gap="sm" wrap="wrap">
          <Select label={t('kind.label')} data={kinds} value={kind} onChange={(v) => v && setKind(v as KindChoice)} allowDeselect={false} w={200} />
          <div style={{ flex: 1, minWidth: 260 }}>
            <MaterialDrop busy={busy} onFiles={(files) => void addFiles(files)} />
          </div>
        </Group>
        {problems.length > 0 && (
          <Alert color="red" variant="light" role="alert" withCloseButton onClose={() => setProblems([])}>
            <Stack gap={2}>
              {problems.map((p) => (
                <Text size="sm" key={p}>
                  {p}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        {list.isError ? (
          <Alert color="red" variant="light" title={t('list.loadFailed')}>
            {errorText(list.error)}
          </Alert>
        ) : list.data && list.data.length > 0 ? (
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.name')}</Table.Th>
                <Table.Th>{t('list.kind')}</Table.Th>
                <Table.Th>{t('list.size')}</Table.Th>
                <Table.Th>{t('list.added')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('list.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((m) => (
                <Table.Tr key={m.id} data-testid="material">
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" style={{ wordBreak: 'break-word' }}>
                        {m.name}
                      </Text>
                      {!m.available && (
                        <Tooltip label={t('list.missingHint')} multiline w={280}>
                          <Badge color="orange" variant="light" tt="none">
                            {t('list.missing')}
                          </Badge>
                        </Tooltip>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{t(`kind.${m.kind}`)}</Table.Td>
                  <Table.Td>{fileSize(m.bytes, tag)}</Table.Td>
                  <Table.Td>{formatDateTime(m.addedAt)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <ActionIcon variant="subtle" disabled={!m.available} onClick={() => void downloadMaterial(m)} aria-label={t('list.downloadNamed', { name: m.name })} title={t('list.download')}>
                        <IconDownload size={16} />
                      </ActionIcon>
                      <ActionIcon variant="subtle" color="red" onClick={() => setRemoving(m)} aria-label={t('list.removeNamed', { name: m.name })} title={t('list.remove')}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          list.data && <Text size="sm">{t('list.empty')}</Text>
        )}
      </Stack>
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={t('remove.title')}>
        {removing && (
          <Stack>
            <Text size="sm">{t('remove.text', { name: removing.name })}</Text>
            <Group justify="flex-end">
              <Button variant="default" data-autofocus onClick={() => setRemoving(null)}>
                {t('remove.cancel')}
              </Button>
              <Button color="red" onClick={confirmRemove} loading={remove.isPending}>
                {t('remove.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}
