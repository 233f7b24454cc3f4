import { Anchor, Badge, Button, Center, Group, Modal, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { PLATFORM_LABELS } from '../../../shared/platforms';
import { CreatorForm } from '../components/forms/CreatorForm';
import { SearchInput } from '../components/SearchInput';
import { formatCount } from '../format';
import { useApiQuery } from '../hooks/queries';
import { hrefOf, navigate, useRoute } from '../route';

export function CreatorsPage() {
  const [search, setSearch] = useState('');
  const [term] = useDebouncedValue(search.trim(), 150);
  const creators = useApiQuery('influencers.list', term ? { search: term } : {});
  const { id } = useRoute();
  const [adding, setAdding] = useState(false);
  // `#/creators/5` opens creator 5, so the command palette can link straight to a creator.
  const edited = useApiQuery('influencers.get', { id: id ?? 0 }, id !== null);
  const editing = adding ? 'new' : id !== null && edited.data?.id === id ? edited.data : null;
  const close = () => {
    setAdding(false);
    if (id !== null) navigate('creators');
  };

  return (
    <Stack h="100%" gap="sm">
      <Group>
        <Title order={3}>Creators</Title>
        <SearchInput placeholder="Search by name or handle" value={search} onChange={setSearch} />
        <Button ml="auto" leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
          Add creator
        </Button>
      </Group>
      {creators.data?.length === 0 ? (
        <Center mt="xl">
          <Text c="dimmed">{term ? 'No creator matches that search.' : 'No creators yet. Add the first one to start a collaboration.'}</Text>
        </Center>
      ) : (
        <ScrollArea style={{ flex: 1 }}>
          <Table highlightOnHover verticalSpacing="xs" stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Handles</Table.Th>
                <Table.Th ta="right">Followers</Table.Th>
                <Table.Th>Region</Table.Th>
                <Table.Th>Language</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(creators.data ?? []).map((c) => (
                <Table.Tr key={c.id} style={{ cursor: 'pointer' }} onClick={() => navigate('creators', c.id)}>
                  <Table.Td>
                    <Anchor size="sm" fw={500} c="inherit" href={hrefOf('creators', c.id)}>
                      {c.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {c.handles.map((h) => `${PLATFORM_LABELS[h.platform]} ${h.handle}`).join(', ') || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{c.followers === null ? '—' : formatCount(c.followers)}</Table.Td>
                  <Table.Td>{c.region ?? '—'}</Table.Td>
                  <Table.Td>{c.language ?? '—'}</Table.Td>
                  <Table.Td>
                    <Badge color={c.active ? 'teal' : 'gray'} variant="light">
                      {c.active ? 'Active' : 'Inactive'}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      <Modal opened={editing !== null} onClose={close} title={editing === 'new' ? 'New creator' : 'Edit creator'} size="lg">
        {editing !== null && <CreatorForm creator={editing === 'new' ? undefined : editing} onDone={close} />}
      </Modal>
    </Stack>
  );
}
