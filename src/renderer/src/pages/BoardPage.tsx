import { Alert, Button, Center, Group, Loader, Modal, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { Board } from '../components/board/Board';
import { EmptyBoard } from '../components/EmptyBoard';
import { SearchInput } from '../components/SearchInput';
import { useApiQuery, useBoard } from '../hooks/queries';
import { navigate, useRoute } from '../route';

// The drawer (contract, messages, performance…) loads when a card is first opened.
const CollaborationForm = lazy(() => import('../components/forms/CollaborationForm').then((m) => ({ default: m.CollaborationForm })));
const CollabDrawer = lazy(() => import('../components/CollabDrawer').then((m) => ({ default: m.CollabDrawer })));

export function BoardPage() {
  const board = useBoard();
  const campaigns = useApiQuery('campaigns.list', {});
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [term] = useDebouncedValue(search.trim().toLowerCase(), 120);
  const { id: openId } = useRoute();
  const open = useCallback((id: number) => navigate('board', id), []);
  const [creating, setCreating] = useState(false);
  // Once loaded, the drawer stays mounted so it can slide closed.
  const drawerWanted = useRef(false);
  if (openId !== null) drawerWanted.current = true;

  // Filtering happens here rather than in a new query, so typing stays instant with 10,000 cards.
  const cards = useMemo(() => {
    const all = board.data?.cards ?? [];
    return all.filter(
      (c) =>
        (campaignId === null || String(c.campaignId) === campaignId) &&
        (term === '' || c.creatorName.toLowerCase().includes(term) || (c.creatorHandle ?? '').toLowerCase().includes(term)),
    );
  }, [board.data, campaignId, term]);

  if (board.isPending) {
    return (
      <Center h="100%">
        <Loader />
      </Center>
    );
  }
  if (board.isError) {
    return (
      <Alert color="red" title="The board could not be loaded">
        {board.error.message}
      </Alert>
    );
  }
  if (board.data.cards.length === 0) {
    return (
      <>
        <EmptyBoard onNew={() => setCreating(true)} />
        <NewCollaborationModal opened={creating} onClose={() => setCreating(false)} />
      </>
    );
  }

  return (
    <>
      <Group mb="sm" gap="sm">
        <SearchInput placeholder="Search creators" value={search} onChange={setSearch} />
        <Select
          placeholder="All campaigns"
          aria-label="Filter by campaign"
          data={(campaigns.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
          value={campaignId}
          onChange={setCampaignId}
          clearable
          // Its list is built when opened: kept mounted, it measures itself once the board has drawn.
          comboboxProps={{ keepMounted: false }}
          w={240}
        />
        <Button ml="auto" leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          New collaboration
        </Button>
      </Group>
      <Board cards={cards} onOpen={open} />
      {drawerWanted.current && (
        <Suspense fallback={null}>
          <CollabDrawer id={openId} onClose={() => navigate('board')} />
        </Suspense>
      )}
      <NewCollaborationModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}

function NewCollaborationModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="New collaboration" size="lg">
      <Suspense fallback={<Loader size="sm" />}>
        <CollaborationForm onDone={onClose} />
      </Suspense>
    </Modal>
  );
}
