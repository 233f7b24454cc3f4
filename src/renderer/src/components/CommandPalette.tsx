import { Spotlight, type SpotlightActionGroupData, useSpotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery, useBoard } from '../hooks/queries';
import { navigate, PAGE_IDS, type PageId } from '../route';
import { paletteStore } from './paletteStore';

// The contract builder opens from a card, not on its own; the others go by their names in the navigation.
const PAGES = PAGE_IDS.filter((page): page is Exclude<PageId, 'contract'> => page !== 'contract');

/** Ctrl/Cmd+K: jump to a page, a collaboration or a creator by typing part of a name. */
export function CommandPalette() {
  const { t } = useTranslation(['palette', 'common', 'domain']);
  const board = useBoard();
  // The palette filters its whole list on every render: with 10,000 cards that is work the
  // board's first screen should not wait for, so the list (and the creators it names) exists only
  // while the palette is open.
  const { opened } = useSpotlight(paletteStore);
  const creators = useApiQuery('influencers.list', {}, opened);
  const actions = useMemo<SpotlightActionGroupData[]>(
    () => (!opened ? [] : [
      {
        group: t('group.goTo'),
        actions: PAGES.map((page) => ({
          id: `page-${page}`,
          label: t(`common:nav.${page}`),
          onClick: () => navigate(page),
        })),
      },
      {
        group: t('group.collaborations'),
        actions: (board.data?.cards ?? []).map((card) => ({
          id: `collaboration-${card.id}`,
          label: card.creatorName,
          description: [card.campaignName ?? t('noCampaign'), t(`domain:stage.${card.stage}`)].join(' · '),
          keywords: [card.creatorHandle ?? '', card.campaignName ?? ''],
          onClick: () => navigate('board', card.id),
        })),
      },
      {
        group: t('group.creators'),
        actions: (creators.data ?? []).map((c) => ({
          id: `creator-${c.id}`,
          label: c.name,
          description: c.handles.map((h) => h.handle).join(', '),
          keywords: c.handles.map((h) => h.handle),
          onClick: () => navigate('creators', c.id),
        })),
      },
    ]),
    [opened, board.data, creators.data, t],
  );
  return (
    <Spotlight
      actions={actions}
      store={paletteStore}
      limit={12}
      highlightQuery
      // The app holds Ctrl/Cmd+K (App.tsx), so it works before this palette has loaded.
      shortcut={null}
      nothingFound={t('nothingFound')}
      // The dialog's name for screen readers; app.css keeps the heading out of sight.
      title={t('title')}
      searchProps={{ leftSection: <IconSearch size={18} />, placeholder: t('placeholder'), 'aria-label': t('title') }}
    />
  );
}
