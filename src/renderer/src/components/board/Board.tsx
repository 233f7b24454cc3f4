import { DndContext, type DragEndEvent, DragOverlay, type DragStartEvent, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import { notifications } from '@mantine/notifications';
import { type FocusEvent, type KeyboardEvent, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardCard } from '../../../../shared/schemas';
import { STAGES, type Stage } from '../../../../shared/stages';
import { useMoveCard } from '../../hooks/queries';
import { BoardColumn, COLUMN_WIDTH, FOLDED_WIDTH } from './BoardColumn';
import { columnsInView, WINDOWED_FROM_CARDS } from './columnsInView';
import { useBoardSpan } from './useBoardSpan';
import { showUndo } from '../archive/undoToast';
import { CardBody } from './CardBody';
import { cardAfterKey, tabStop } from './boardKeys';
import { errorText } from '../../formErrors';

const COLUMN_GAP = 8;

interface Props {
  cards: BoardCard[];
  onOpen: (id: number) => void;
}

export function Board({ cards, onOpen }: Props) {
  const { t } = useTranslation(['board', 'domain']);
  const move = useMoveCard();
  const [dragging, setDragging] = useState<BoardCard | null>(null);
  // A short distance before a drag starts, so a click still opens the card.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  const byStage = useMemo(() => {
    const groups = Object.fromEntries(STAGES.map((s) => [s, [] as BoardCard[]])) as Record<Stage, BoardCard[]>;
    for (const card of cards) groups[card.stage].push(card);
    return groups;
  }, [cards]);
  // One tab stop for the whole board (roving tabindex); arrow keys move it from card to card.
  const [lastFocused, setLastFocused] = useState<number | null>(null);
  const stop = useMemo(() => tabStop(byStage, lastFocused), [byStage, lastFocused]);
  // A card to focus once it is drawn: after an arrow key, or after "Move to…" took it to another column.
  // A moved card is focused in the column it goes to, not in the one it is leaving.
  const [focusWanted, setFocusWanted] = useState<{ id: number; stage?: Stage } | null>(null);
  const stageOf = useMemo(() => new Map(cards.map((c) => [c.id, c.stage])), [cards]);
  const focusCard = useCallback((id: number, stage?: Stage) => {
    setLastFocused(id);
    setFocusWanted({ id, stage });
  }, []);
  const onFocused = useCallback(() => setFocusWanted(null), []);
  // Columns the user folded or opened; the others are folded while empty.
  const [folding, setFolding] = useState<Partial<Record<Stage, boolean>>>({});
  const onFold = useCallback((stage: Stage, folded: boolean) => setFolding((f) => ({ ...f, [stage]: folded })), []);
  const folded = (stage: Stage) => folding[stage] ?? byStage[stage].length === 0;
  // A large board draws cards only in the columns in view (and one beside them on each side).
  const boardRef = useRef<HTMLDivElement>(null);
  const span = useBoardSpan(boardRef);
  const drawn =
    cards.length < WINDOWED_FROM_CARDS
      ? null
      : columnsInView(
          STAGES.map((stage) => ({ stage, width: folded(stage) ? FOLDED_WIDTH : COLUMN_WIDTH })),
          span,
          COLUMN_GAP,
          COLUMN_WIDTH,
        );

  const moveCard = useCallback(
    (card: BoardCard, to: Stage) => {
      if (card.stage === to) return;
      move.mutate(
        { id: card.id, from: card.stage, to },
        {
          // Undo moves it back where it was, as a move of its own in the history.
          onSuccess: () =>
            showUndo(t('board.moved', { name: card.creatorName, stage: t(`domain:stage.${to}`) }), () =>
              move.mutate(
                { id: card.id, from: to, to: card.stage },
                { onError: (error) => notifications.show({ color: 'red', title: t('board.moveNotUndone'), message: errorText(error) }) },
              ),
            ),
          onError: (error) =>
            notifications.show({ color: 'red', title: t('board.notMoved'), message: errorText(error) }),
        },
      );
    },
    [move.mutate, t],
  );
  // The menu that moved the card goes with it: focus follows the card to its new column.
  const moveByMenu = useCallback(
    (card: BoardCard, to: Stage) => {
      moveCard(card, to);
      focusCard(card.id, to);
    },
    [moveCard, focusCard],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const id = target.dataset.cardId;
    // Keys pressed in a card's own controls (its box, its menu) are theirs.
    if (id === undefined || target.dataset.testid !== 'card') return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(Number(id));
      return;
    }
    const next = cardAfterKey(byStage, Number(id), event.key);
    if (next === null) return;
    event.preventDefault();
    focusCard(next);
  };
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const id = (event.target as HTMLElement).dataset.cardId;
    if (id !== undefined && (event.target as HTMLElement).dataset.testid === 'card') setLastFocused(Number(id));
  };

  const onDragStart = (event: DragStartEvent) => setDragging((event.active.data.current?.card as BoardCard) ?? null);
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null);
    const card = event.active.data.current?.card as BoardCard | undefined;
    const to = event.over?.id as Stage | undefined;
    if (card && to) moveCard(card, to);
  };

  return (
    <DndContext sensors={sensors} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragging(null)}>
      <div
        ref={boardRef}
        data-testid="board"
        role="group"
        aria-label={t('board.label')}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        style={{ display: 'flex', gap: COLUMN_GAP, overflowX: 'auto', flex: 1, minHeight: 0, paddingBottom: 8 }}
      >
        {STAGES.map((stage) => (
          <BoardColumn
            key={stage}
            stage={stage}
            cards={byStage[stage]}
            onOpen={onOpen}
            onMove={moveByMenu}
            // Only the column holding the tab stop (or the card to focus) sees a change.
            tabStop={stop !== null && stageOf.get(stop) === stage ? stop : null}
            focusWanted={focusWanted !== null && stageOf.get(focusWanted.id) === stage && (focusWanted.stage ?? stage) === stage ? focusWanted.id : null}
            onFocused={onFocused}
            folded={folded(stage)}
            drawCards={drawn === null || drawn.has(stage)}
            onFold={onFold}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {dragging ? (
          <div className="ft-card" data-overlay data-health={dragging.health} style={{ width: COLUMN_WIDTH - 16 }}>
            <CardBody card={dragging} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
