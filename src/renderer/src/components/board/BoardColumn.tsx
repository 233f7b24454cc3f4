import { useDroppable } from '@dnd-kit/core';
import { Badge, Group, Paper, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconLayoutSidebarLeftCollapse } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardCard } from '../../../../shared/schemas';
import { SIDE_LANES, type Stage } from '../../../../shared/stages';
import { formatMoney } from '../../format';
import { CARD_HEIGHT } from './CardBody';
import { CollabCard } from './CollabCard';
import { isPaid } from '../../../../shared/rules/deal';

const GAP = 8;
/** Six columns and a few folded ones fit a 1280-pixel laptop screen. */
export const COLUMN_WIDTH = 216;
export const FOLDED_WIDTH = 40;

interface Props {
  stage: Stage;
  cards: BoardCard[];
  onOpen: (id: number) => void;
  onMove: (card: BoardCard, to: Stage) => void;
  /** The board's one tab stop, when it is in this column. */
  tabStop: number | null;
  /** A card of this column to scroll to and focus. */
  focusWanted: number | null;
  onFocused: () => void;
  /** Folded into a narrow strip with its name and count (empty columns start folded). */
  folded: boolean;
  onFold: (stage: Stage, folded: boolean) => void;
  /** False while a large board has this column out of view: its cards wait until it scrolls in. */
  drawCards: boolean;
}

/** One stage; only the cards in view are rendered, so a column of thousands scrolls smoothly. */
export const BoardColumn = memo(function BoardColumn({ stage, cards, onOpen, onMove, tabStop, focusWanted, onFocused, folded, onFold, drawCards }: Props) {
  const { t } = useTranslation(['board', 'domain']);
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT + GAP,
    getItemKey: (index) => cards[index]!.id,
    overscan: 4,
    // Before the column is measured, assume it is as tall as the window: the first drawing already
    // holds the cards in view, instead of an empty column drawn again a moment later.
    initialRect: { width: COLUMN_WIDTH, height: window.innerHeight },
  });
  useEffect(() => {
    if (focusWanted === null) return;
    const index = cards.findIndex((c) => c.id === focusWanted);
    if (index < 0) return;
    virtualizer.scrollToIndex(index);
    // The card is drawn once the scroll has settled; a few frames at most.
    let frames = 0;
    let handle = requestAnimationFrame(function attempt() {
      const element = scrollRef.current?.querySelector<HTMLElement>(`[data-card-id="${focusWanted}"]`);
      if (element) {
        element.focus();
        onFocused();
      } else if (++frames < 10) handle = requestAnimationFrame(attempt);
    });
    return () => cancelAnimationFrame(handle);
  }, [focusWanted, cards, virtualizer, onFocused]);
  const totals = useMemo(() => feeTotals(cards), [cards]);
  const side = SIDE_LANES.includes(stage);
  const name = t(`domain:stage.${stage}`);
  const hint = t(`domain:stageHint.${stage}`);
  const label = t('column.label', { stage: name, count: cards.length });

  const background = isOver ? 'var(--mantine-color-indigo-light)' : side ? 'var(--mantine-color-default-hover)' : 'var(--mantine-color-gray-light)';
  const outline = isOver ? '2px dashed var(--mantine-color-indigo-5)' : undefined;
  if (folded) {
    return (
      <Paper
        ref={setNodeRef}
        data-testid={`column-${stage}`}
        data-folded
        role="region"
        aria-label={label}
        w={FOLDED_WIDTH}
        miw={FOLDED_WIDTH}
        h="100%"
        radius="md"
        bg={background}
        style={{ outline }}
      >
        <UnstyledButton
          onClick={() => onFold(stage, false)}
          aria-expanded={false}
          aria-label={t('column.showFolded', { count: cards.length, stage: name })}
          title={t('column.foldedTitle', { stage: name, hint })}
          className="ft-fold-strip mantine-focus-auto"
        >
          <Badge variant="default" size="sm" data-testid={`count-${stage}`} style={{ flexShrink: 0, overflow: 'visible' }}>
            {cards.length}
          </Badge>
          {/* Between the count and the name, so the strip reads "3 Signed", as its name says; a flex box draws no gap for it. */}
          {' '}
          <Text fw={700} size="sm" c={side ? 'dimmed' : undefined} className="ft-fold-name">
            {name}
          </Text>
        </UnstyledButton>
      </Paper>
    );
  }
  return (
    <Paper
      ref={setNodeRef}
      data-testid={`column-${stage}`}
      aria-label={label}
      role="region"
      w={COLUMN_WIDTH}
      miw={COLUMN_WIDTH}
      h="100%"
      p={6}
      radius="md"
      bg={background}
      style={{ display: 'flex', flexDirection: 'column', outline }}
    >
      <ColumnHeader stage={stage} count={cards.length} totals={totals} side={side} onFold={onFold} />
      <div ref={scrollRef} className="ft-column-cards">
        {cards.length === 0 ? (
          <Text size="xs" c="dimmed" ta="center" mt="lg" px="sm">
            {t('column.empty', { hint })}
          </Text>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {/* The card to focus or holding the tab stop is drawn even out of view: the keyboard may go there. */}
            {(drawCards || tabStop !== null || focusWanted !== null ? virtualizer.getVirtualItems() : []).map((item) => (
              <div
                key={item.key}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
              >
                <CollabCard card={cards[item.index]!} onOpen={onOpen} onMove={onMove} tabbable={cards[item.index]!.id === tabStop} />
              </div>
            ))}
          </div>
        )}
      </div>
    </Paper>
  );
});

/**
 * The column's name, count, fold button and fee totals: apart from the cards, so a scroll or a
 * newly measured column draws its cards again without its header.
 */
const ColumnHeader = memo(function ColumnHeader({ stage, count, totals, side, onFold }: { stage: Stage; count: number; totals: string; side: boolean; onFold: (stage: Stage, folded: boolean) => void }) {
  const { t } = useTranslation(['board', 'domain']);
  const name = t(`domain:stage.${stage}`);
  return (
    <Stack gap={2} mb="xs" px={4}>
      <Group justify="space-between" wrap="nowrap">
        <Tooltip label={t(`domain:stageHint.${stage}`)} openDelay={300}>
          <Text fw={700} size="sm" c={side ? 'dimmed' : undefined}>
            {name}
          </Text>
        </Tooltip>
        <Group gap={2} wrap="nowrap">
          <Badge variant="default" size="sm" data-testid={`count-${stage}`} style={{ flexShrink: 0, overflow: 'visible' }}>
            {count}
          </Badge>
          <button type="button" className="ft-icon-button mantine-focus-auto" aria-label={t('column.fold', { stage: name })} title={t('column.foldTitle')} onClick={() => onFold(stage, true)}>
            <IconLayoutSidebarLeftCollapse size={15} />
          </button>
        </Group>
      </Group>
      {/* Sums in several currencies wrap onto a second line rather than being cut. */}
      <Text size="xs" c="dimmed" mih={18} lh="18px">
        {totals || '\u00a0'}
      </Text>
    </Stack>
  );
});

/** "€1,200 + $300": fees are summed per currency, never converted. */
function feeTotals(cards: BoardCard[]): string {
  const sums = new Map<string, number>();
  for (const c of cards) if (isPaid(c.feeMinor)) sums.set(c.currency, (sums.get(c.currency) ?? 0) + c.feeMinor);
  return [...sums].map(([currency, minor]) => formatMoney(minor, currency)).join(' + ');
}
