import { Alert, Button, Center, Chip, Group, Loader, SegmentedControl, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArchivedList } from '../components/archive/ArchivedList';
import { BoardMoreMenu } from '../components/archive/BoardMoreMenu';
import { SelectionBar } from '../components/archive/SelectionBar';
import { Board } from '../components/board/Board';
import { EmptyBoard } from '../components/EmptyBoard';
import { SearchInput } from '../components/SearchInput';
import { useApiQuery, useBoard } from '../hooks/queries';
import { navigate, useRoute } from '../route';
import { giftWithoutPost } from '../../../shared/rules/gifting';
import { errorText } from '../formErrors';

// The drawer (contract, messages, performance…) loads when a card is first opened.
const NewCollaborationModal = lazy(() => import('../components/forms/NewCollaborationModal').then((m) => ({ default: m.NewCollaborationModal })));
const CollabDrawer = lazy(() => import('../components/CollabDrawer').then((m) => ({ default: m.CollabDrawer })));

export function BoardPage() {
  const { t } = useTranslation('board');
  const board = useBoard();
  const campaigns = useApiQuery('campaigns.list', {});
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [onlyGiftsWithoutPost, setOnlyGiftsWithoutPost] = useState(false);
  const [search, setSearch] = useState('');
  const [term] = useDebouncedValue(search.trim().toLowerCase(), 120);
  const { id: openId } = useRoute();
  const open = useCallback((id: number) => navigate('board', id), []);
  const [creating, setCreating] = useState(false);
  const [showing, setShowing] = useState<'board' | 'archived'>('board');
  // Once loaded, the drawer stays mounted so it can slide closed.
  const drawerWanted = useRef(false);
  if (openId !== null) drawerWanted.current = true;

  // Filtering happens here rather than in a new query, so typing stays instant with 10,000 cards.
  const cards = useMemo(() => {
    const all = board.data?.cards ?? [];
    return all.filter(
      (c) =>
        (campaignId === null || String(c.campaignId) === campaignId) &&
        (!onlyGiftsWithoutPost || giftWithoutPost(c)) &&
        (term === '' || c.creatorName.toLowerCase().includes(term) || (c.creatorHandle ?? '').toLowerCase().includes(term)),
    );
  }, [board.data, campaignId, term, onlyGiftsWithoutPost]);

  if (board.isPending) {
    return (
      <Center h="100%">
        <Loader />
      </Center>
    );
  }
  if (board.isError) {
    return (
      <Alert color="red" title={t('board.notLoaded')}>
        {errorText(board.error)}
      </Alert>
    );
  }
  const showToggle = (
    <SegmentedControl
      aria-label={t('page.show')}
      value={showing}
      onChange={(v) => setShowing(v as 'board' | 'archived')}
      data={[
        { value: 'board', label: t('page.board') },
        { value: 'archived', label: t('page.archived') },
      ]}
    />
  );
  const header = (
    <Group mb="sm" gap="sm">
      {showing === 'board' && <SearchInput placeholder={t('page.searchCreators')} value={search} onChange={setSearch} w={220} />}
      <Select
        placeholder={t('page.allCampaigns')}
        aria-label={t('page.filterByCampaign')}
        data={(campaigns.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
        value={campaignId}
        onChange={setCampaignId}
        clearable
        // Its list is built when opened: kept mounted, it measures itself once the board has drawn.
        comboboxProps={{ keepMounted: false }}
        // Narrow enough that the toolbar stays one row at 1280 px in Dutch, the longest of the languages.
        w={200}
      />
      {showing === 'board' && (
        <Chip checked={onlyGiftsWithoutPost} onChange={setOnlyGiftsWithoutPost} variant="outline" title={t('page.giftsWithoutPostTitle')}>
          {t('page.giftsWithoutPost')}
        </Chip>
      )}
      {showToggle}
      <Button ml="auto" leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
        {t('page.newCollaboration')}
      </Button>
      <BoardMoreMenu />
    </Group>
  );
  if (showing === 'archived') {
    return (
      <>
        {header}
        <ArchivedList campaignId={campaignId === null ? null : Number(campaignId)} />
      </>
    );
  }
  if (board.data.cards.length === 0) {
    return (
      <>
        <Group justify="flex-end" gap="sm">
          {showToggle}
          <BoardMoreMenu />
        </Group>
        <EmptyBoard onNew={() => setCreating(true)} />
        <NewCollaboration opened={creating} onClose={() => setCreating(false)} />
      </>
    );
  }

  return (
    <>
      {header}
      <SelectionBar cards={cards} />
      <Board cards={cards} onOpen={open} />
      {drawerWanted.current && (
        <Suspense fallback={null}>
          <CollabDrawer id={openId} onClose={() => closeDrawer(openId)} />
        </Suspense>
      )}
      <NewCollaboration opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}

/** Closing a card puts the keyboard back on it, where the board left off. */
function closeDrawer(openId: number | null) {
  navigate('board');
  if (openId === null) return;
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid="card"][data-card-id="${openId}"]`)?.focus());
}

/** The form and its window load when first asked for: the board's first screen stays small. */
function NewCollaboration({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <NewCollaborationModal onClose={onClose} />
    </Suspense>
  );
}
