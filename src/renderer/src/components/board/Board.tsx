import { DndContext, type DragEndEvent, DragOverlay, type DragStartEvent, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useMemo, useState } from 'react';
import type { BoardCard } from '../../../../shared/schemas';
import { STAGE_LABELS, STAGES, type Stage } from '../../../../shared/stages';
import { useMoveCard } from '../../hooks/queries';
import { BoardColumn } from './BoardColumn';
import { showUndo } from '../archive/undoToast';
import { CardBody } from './CardBody';

interface Props {
  cards: BoardCard[];
  onOpen: (id: number) => void;
}

export function Board({ cards, onOpen }: Props) {
  const move = useMoveCard();
  const [dragging, setDragging] = useState<BoardCard | null>(null);
  // A short distance before a drag starts, so a click still opens the card.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  const byStage = useMemo(() => {
    const groups = Object.fromEntries(STAGES.map((s) => [s, [] as BoardCard[]])) as Record<Stage, BoardCard[]>;
    for (const card of cards) groups[card.stage].push(card);
    return groups;
  }, [cards]);

  const moveCard = useCallback(
    (card: BoardCard, to: Stage) => {
      if (card.stage === to) return;
      move.mutate(
        { id: card.id, from: card.stage, to },
        {
          // Undo moves it back where it was, as a move of its own in the history.
          onSuccess: () =>
            showUndo(`${card.creatorName} moved to ${STAGE_LABELS[to]}.`, () =>
              move.mutate(
                { id: card.id, from: to, to: card.stage },
                { onError: (error) => notifications.show({ color: 'red', title: 'The move was not undone', message: error.message }) },
              ),
            ),
          onError: (error) =>
            notifications.show({ color: 'red', title: 'The card was not moved', message: error.message }),
        },
      );
    },
    [move.mutate],
  );

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
        data-testid="board"
        style={{ display: 'flex', gap: 12, overflowX: 'auto', flex: 1, minHeight: 0, paddingBottom: 8 }}
      >
        {STAGES.map((stage) => (
          <BoardColumn key={stage} stage={stage} cards={byStage[stage]} onOpen={onOpen} onMove={moveCard} />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {dragging ? (
          <div className="ft-card" data-overlay data-health={dragging.health} style={{ width: 256 }}>
            <CardBody card={dragging} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
