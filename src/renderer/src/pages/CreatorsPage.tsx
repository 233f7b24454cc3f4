import { Badge, Button, Center, Group, Modal, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { PLATFORM_LABELS } from '../../../shared/platforms';
import type { Creator } from '../../../shared/schemas';
import { CreatorForm } from '../components/forms/CreatorForm';
import { SearchInput } from '../components/SearchInput';
import { formatCount } from '../format';
import { useApiQuery } from '../hooks/queries';

export function CreatorsPage() {
  const [search, setSearch] = useState('');
  const [term] = useDebouncedValue(search.trim(), 150);
  const creators = useApiQuery('influencers.list', term ? { search: term } : {});
  const [editing, setEditing] = useState<Creator | 'new' | null>(null);

  return (
    <Stack h="100%" gap="sm">
      <Group>
        <Title order={3}>Creators</Title>
        <SearchInput placeholder="Search by name or handle" value={search} onChange={setSearch} />
        <Button ml="auto" leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
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
                <Table.Tr key={c.id} style={{ cursor: 'pointer' }} onClick={() => setEditing(c)}>
                  <Table.Td>
                    <Text size="sm" fw={500} component="button" style={{ all: 'unset', cursor: 'pointer' }} onClick={() => setEditing(c)}>
                      {c.name}
                    </Text>
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
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'New creator' : 'Edit creator'} size="lg">
        {editing !== null && <CreatorForm creator={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}
