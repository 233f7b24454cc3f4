import { Button, Center, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArchivedParents } from '../components/archive/ArchivedParents';
import { CreatorDetail } from '../components/creators/CreatorDetail';
import { CreatorListControls } from '../components/creators/CreatorListControls';
import { CreatorTable } from '../components/creators/CreatorTable';
import { type CreatorSort, meetsMinimum, sortCreators } from '../components/creators/reliability';
import { CreatorForm } from '../components/forms/CreatorForm';
import { SearchInput } from '../components/SearchInput';
import { useApiQuery } from '../hooks/queries';
import { navigate, useRoute } from '../route';
import { FormModal } from '../components/FormModal';

export function CreatorsPage() {
  const { t } = useTranslation('creators');
  const [search, setSearch] = useState('');
  const [term] = useDebouncedValue(search.trim(), 150);
  const [sort, setSort] = useState<CreatorSort>('name');
  const [minimum, setMinimum] = useState('any');
  const creators = useApiQuery('influencers.list', term ? { search: term } : {});
  const reliability = useApiQuery('reliability.list', {});
  const { id } = useRoute();
  const [adding, setAdding] = useState(false);
  // `#/creators/5` opens creator 5, so the command palette can link straight to a creator.
  const edited = useApiQuery('influencers.get', { id: id ?? 0 }, id !== null);
  const editing = adding ? 'new' : id !== null && edited.data?.id === id ? edited.data : null;
  const close = () => {
    setAdding(false);
    if (id !== null) navigate('creators');
  };

  const byCreator = useMemo(() => new Map((reliability.data ?? []).map((r) => [r.creatorId, r])), [reliability.data]);
  const scoreOf = (creatorId: number) => byCreator.get(creatorId)?.score ?? null;
  const rows = sortCreators(
    (creators.data ?? []).filter((c) => meetsMinimum(scoreOf(c.id), minimum)),
    sort,
    scoreOf,
  );

  return (
    <Stack h="100%" gap="sm">
      <Group>
        <Title order={3}>{t('page.title')}</Title>
        <SearchInput placeholder={t('page.search')} value={search} onChange={setSearch} />
        <CreatorListControls sort={sort} onSort={setSort} minimum={minimum} onMinimum={setMinimum} />
        <Button ml="auto" leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
          {t('page.add')}
        </Button>
      </Group>
      {creators.data?.length === 0 || (creators.data && rows.length === 0) ? (
        <Center mt="xl">
          <Text c="dimmed">{emptyMessage(t, creators.data.length, term, minimum)}</Text>
        </Center>
      ) : (
        <ScrollArea style={{ flex: 1 }}>
          <CreatorTable creators={rows} reliability={byCreator} sort={sort} />
        </ScrollArea>
      )}
      <ArchivedParents kind="creator" />
      <FormModal opened={editing !== null} onClose={close} title={editing === 'new' ? t('page.new') : editing?.name} size="lg">
        {editing === 'new' && <CreatorForm onDone={close} />}
        {editing !== null && editing !== 'new' && <CreatorDetail creator={editing} onDone={close} />}
      </FormModal>
    </Stack>
  );
}

function emptyMessage(t: TFunction<'creators'>, found: number, term: string, minimum: string): string {
  if (found > 0) return term ? t('page.belowMinimumMatching', { minimum }) : t('page.belowMinimum', { minimum });
  return term ? t('page.noMatch') : t('page.none');
}
