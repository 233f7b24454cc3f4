import { Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupCreated, BackupInfo } from '../../../../shared/backup/schemas';
import { holdsInWords } from '../../../../shared/backup/words';
import { formatDateTime } from '../../format';
import { currentIntlTag, i18n, say } from '../../i18n';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { JsonTransfer } from './JsonTransfer';
import { missingMaterialsText } from '../materials/missingMaterials';
import { SecondFolder } from './SecondFolder';
import { errorText, refusalText } from '../../formErrors';

const megabytes = (bytes: number) =>
  new Intl.NumberFormat(currentIntlTag(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1_000_000);

const size = (bytes: number) => (bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1000))} KB` : `${megabytes(bytes)} MB`);

function announce(b: BackupCreated) {
  const t = i18n.t;
  if (b.second && !b.second.saved) {
    const message = refusalText({ ...b.second, message: b.second.problem ?? '' });
    notifications.show({ color: 'yellow', title: t('settings:backups.backedUpHereOnly', { size: size(b.bytes) }), message, autoClose: 15_000 });
    return;
  }
  const message = b.second
    ? t('settings:backups.backedUpAndCopied', { size: size(b.bytes), folder: b.second.folder })
    : t('settings:backups.backedUp', { size: size(b.bytes) });
  notifications.show({ color: 'teal', message });
}

/** The copies of the database: made daily and weekly by the app, or now; restoring one asks first. */
export function BackupSettings() {
  const { t } = useTranslation('settings');
  const list = useApiQuery('backup.list', {});
  const folders = useApiQuery('backup.folders', {});
  const create = useApiMutation('backup.create');
  const restore = useApiMutation('backup.restore');
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  const backUp = () =>
    create.mutate(
      {},
      {
        onSuccess: announce,
        onError: (e) => notifications.show({ color: 'red', title: t('backups.notMade'), message: errorText(e) }),
      },
    );
  const confirmRestore = () => {
    if (!chosen) return;
    restore.mutate(
      { name: chosen.name, folder: chosen.folder },
      {
        onSuccess: (r) => {
          setChosen(null);
          notifications.show({ color: 'teal', title: t('backups.restored'), message: t('backups.keptAs', { keptAs: r.keptAs }), autoClose: 10_000 });
          const missing = missingMaterialsText(r.missingMaterials);
          if (missing) notifications.show({ color: 'yellow', message: missing, autoClose: false });
        },
        onError: (e) => notifications.show({ color: 'red', title: t('backups.notRestored'), message: errorText(e) }),
      },
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="backups-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4} id="backups-title">
            {t('backups.title')}
          </Title>
          <Button variant="light" leftSection={<IconDatabaseExport size={16} />} onClick={backUp} loading={create.isPending}>
            {t('backups.backUpNow')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('backups.about')}
        </Text>
        {folders.data && <SecondFolder key={folders.data.second?.folder ?? ''} folders={folders.data} />}
        <JsonTransfer />
        {list.data && list.data.length > 0 ? (
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('backups.made')}</Table.Th>
                <Table.Th>{t('backups.holds')}</Table.Th>
                <Table.Th>{t('backups.size')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((b) => (
                <Table.Tr key={`${b.folder}/${b.name}`} data-testid="backup">
                  <Table.Td>
                    <Text size="sm">{formatDateTime(b.createdAt)}</Text>
                    <Group gap={4}>
                      <Badge variant="light" color={b.kind === 'manual' ? 'blue' : b.kind === 'replaced' ? 'orange' : 'gray'} tt="none">
                        {t(`backups.kind.${b.kind}`)}
                      </Badge>
                      {b.folder === 'second' && (
                        <Badge variant="outline" color="gray" tt="none">
                          {t('backups.secondFolder')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{holdsInWords(b.holds, say)}</Text>
                  </Table.Td>
                  <Table.Td>{size(b.bytes)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      leftSection={<IconRestore size={14} />}
                      onClick={() => setChosen(b)}
                      aria-label={t('backups.restoreLabel', {
                        date: formatDateTime(b.createdAt),
                        replaced: b.kind === 'replaced' ? 'yes' : 'no',
                        second: b.folder === 'second' ? 'yes' : 'no',
                      })}
                    >
                      {t('backups.restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm">{t('backups.none')}</Text>
        )}
      </Stack>
      <Modal opened={chosen !== null} onClose={() => setChosen(null)} title={t('backups.confirmTitle')}>
        {chosen && (
          <Stack>
            <Text size="sm">{t('backups.confirmText', { date: formatDateTime(chosen.createdAt), holds: holdsInWords(chosen.holds, say) })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setChosen(null)}>
                {t('backups.cancel')}
              </Button>
              <Button color="orange" onClick={confirmRestore} loading={restore.isPending}>
                {t('backups.restore')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}
