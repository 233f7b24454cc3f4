import { Button, Collapse, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { type RestoreColumn, RestoreTable } from './RestoreTable';
import { errorText } from '../../formErrors';

interface Archived {
  id: number;
  name: string;
  visibilitySince: string | null;
}

const WORDS = {
  creator: { list: 'influencers.list', restore: 'influencers.restore', plural: 'creators' },
  campaign: { list: 'campaigns.list', restore: 'campaigns.restore', plural: 'campaigns' },
} as const;

/** Under the Creators or Campaigns list: the archived ones, hidden until asked for, each with Restore. */
export function ArchivedParents({ kind }: { kind: 'creator' | 'campaign' }) {
  const { t } = useTranslation('importExport');
  const words = WORDS[kind];
  const [opened, { toggle }] = useDisclosure(false);
  const archived = useApiQuery(words.list, { archived: true });
  const restore = useApiMutation(words.restore);
  const rows: Archived[] = archived.data ?? [];
  if (rows.length === 0) return null;
  const columns: RestoreColumn<Archived>[] = [
    { header: t('archivedParents.name'), cell: (row) => row.name },
    { header: t('archivedParents.archivedOn'), cell: (row) => (row.visibilitySince ? formatDate(row.visibilitySince.slice(0, 10)) : '—') },
  ];
  return (
    <Stack gap="xs">
      <Button variant="subtle" color="gray" size="xs" w="fit-content" onClick={toggle} aria-expanded={opened}>
        {opened ? t(`archivedParents.hide.${kind}`, { count: rows.length }) : t(`archivedParents.show.${kind}`, { count: rows.length })}
      </Button>
      <Collapse expanded={opened}>
        <RestoreTable
          testId={`archived-${words.plural}`}
          rows={rows}
          columns={columns}
          keyOf={(row) => row.id}
          nameOf={(row) => row.name}
          onRestore={(row) =>
            restore.mutate(
              { id: row.id },
              {
                onSuccess: () => notifications.show({ message: t('archivedParents.back', { name: row.name }), autoClose: 2500 }),
                onError: (e) => notifications.show({ color: 'red', title: t('archive.notRestored'), message: errorText(e) }),
              },
            )
          }
        />
      </Collapse>
    </Stack>
  );
}
