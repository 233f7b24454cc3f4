import { Spotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { STAGE_LABELS } from '../../../shared/stages';
import { useApiQuery, useBoard } from '../hooks/queries';
import { navigate, type PageId } from '../route';

// The contract builder opens from a card, not on its own.
const PAGE_LABELS: Record<Exclude<PageId, 'contract'>, string> = { board: 'Board', calendar: 'Calendar', creators: 'Creators', campaigns: 'Campaigns', shipments: 'Shipments', import: 'Import & export', templates: 'Templates', settings: 'Settings' };

/** Ctrl/Cmd+K: jump to a page, a collaboration or a creator by typing part of a name. */
export function CommandPalette() {
  const board = useBoard();
  // The palette filters its whole list on every render: with 10,000 cards that is work the
  // board's first screen should not wait for, so the list (and the creators it names) exists only
  // while the palette is open.
  const [opened, setOpened] = useState(false);
  const creators = useApiQuery('influencers.list', {}, opened);
  const actions = useMemo<SpotlightActionGroupData[]>(
    () => (!opened ? [] : [
      {
        group: 'Go to',
        actions: (Object.keys(PAGE_LABELS) as (keyof typeof PAGE_LABELS)[]).map((page) => ({
          id: `page-${page}`,
          label: PAGE_LABELS[page],
          onClick: () => navigate(page),
        })),
      },
      {
        group: 'Collaborations',
        actions: (board.data?.cards ?? []).map((card) => ({
          id: `collaboration-${card.id}`,
          label: card.creatorName,
          description: [card.campaignName ?? 'No campaign', STAGE_LABELS[card.stage]].join(' · '),
          keywords: [card.creatorHandle ?? '', card.campaignName ?? ''],
          onClick: () => navigate('board', card.id),
        })),
      },
      {
        group: 'Creators',
        actions: (creators.data ?? []).map((c) => ({
          id: `creator-${c.id}`,
          label: c.name,
          description: c.handles.map((h) => h.handle).join(', '),
          keywords: c.handles.map((h) => h.handle),
          onClick: () => navigate('creators', c.id),
        })),
      },
    ]),
    [opened, board.data, creators.data],
  );
  return (
    <Spotlight
      actions={actions}
      onSpotlightOpen={() => setOpened(true)}
      onSpotlightClose={() => setOpened(false)}
      limit={12}
      highlightQuery
      // The app holds Ctrl/Cmd+K (App.tsx), so it works before this palette has loaded.
      shortcut={null}
      nothingFound="Nothing by that name"
      // The dialog's name for screen readers; app.css keeps the heading out of sight.
      title="Search everything"
      searchProps={{ leftSection: <IconSearch size={18} />, placeholder: 'Jump to a page, collaboration or creator…', 'aria-label': 'Search everything' }}
    />
  );
}
