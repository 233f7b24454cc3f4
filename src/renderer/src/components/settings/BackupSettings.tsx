import { Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import type { BackupCreated, BackupInfo } from '../../../../shared/backup/schemas';
import { holdsInWords } from '../../../../shared/backup/words';
import { formatDateTime } from '../../format';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { JsonTransfer } from './JsonTransfer';
import { SecondFolder } from './SecondFolder';

const KIND_LABELS: Record<BackupInfo['kind'], string> = { daily: 'Daily', weekly: 'Weekly', manual: 'Made by you', replaced: 'Replaced data' };

const size = (bytes: number) => (bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1000))} KB` : `${(bytes / 1_000_000).toFixed(1)} MB`);


function announce(b: BackupCreated) {
  if (b.second && !b.second.saved) {
    notifications.show({ color: 'yellow', title: `Backed up (${size(b.bytes)}) next to your data only`, message: b.second.problem, autoClose: 15_000 });
    return;
  }
  notifications.show({ color: 'teal', message: `Backed up (${size(b.bytes)}).${b.second ? ` Also copied to ${b.second.folder}.` : ''}` });
}

/** The copies of the database: made daily and weekly by the app, or now; restoring one asks first. */
export function BackupSettings() {
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
        onError: (e) => notifications.show({ color: 'red', title: 'No backup was made', message: e.message }),
      },
    );
  const confirmRestore = () => {
    if (!chosen) return;
    restore.mutate(
      { name: chosen.name, folder: chosen.folder },
      {
        onSuccess: (r) => {
          setChosen(null);
          notifications.show({ color: 'teal', title: 'Backup restored', message: `The data you replaced is kept as ${r.keptAs}.`, autoClose: 10_000 });
        },
        onError: (e) => notifications.show({ color: 'red', title: 'Nothing was restored', message: e.message }),
      },
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="backups-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4} id="backups-title">
            Backups
          </Title>
          <Button variant="light" leftSection={<IconDatabaseExport size={16} />} onClick={backUp} loading={create.isPending}>
            Back up now
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          Followthrough copies your data every day (the last 7 days and 4 weeks are kept) into the backups folder next to it, and checks every copy before listing it.
        </Text>
        {folders.data && <SecondFolder key={folders.data.second?.folder ?? ''} folders={folders.data} />}
        <JsonTransfer />
        {list.data && list.data.length > 0 ? (
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Made</Table.Th>
                <Table.Th>Holds</Table.Th>
                <Table.Th>Size</Table.Th>
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
                        {KIND_LABELS[b.kind]}
                      </Badge>
                      {b.folder === 'second' && (
                        <Badge variant="outline" color="gray" tt="none">
                          Second folder
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{holdsInWords(b.holds)}</Text>
                  </Table.Td>
                  <Table.Td>{size(b.bytes)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      leftSection={<IconRestore size={14} />}
                      onClick={() => setChosen(b)}
                      aria-label={`Restore the backup of ${formatDateTime(b.createdAt)}${b.kind === 'replaced' ? ' (replaced data)' : ''}${b.folder === 'second' ? ' from the second folder' : ''}`}
                    >
                      Restore
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm">No backups yet.</Text>
        )}
      </Stack>
      <Modal opened={chosen !== null} onClose={() => setChosen(null)} title="Restore this backup?">
        {chosen && (
          <Stack>
            <Text size="sm">
              Everything will be as it was on {formatDateTime(chosen.createdAt)}: {holdsInWords(chosen.holds)}. What you did since then is not lost: the current data is kept as a
              backup, and this one is checked before anything changes.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setChosen(null)}>
                Cancel
              </Button>
              <Button color="orange" onClick={confirmRestore} loading={restore.isPending}>
                Restore
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}
