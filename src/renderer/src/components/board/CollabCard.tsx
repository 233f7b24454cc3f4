import { useDraggable } from '@dnd-kit/core';
import { Group } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardCard } from '../../../../shared/schemas';
import type { Stage } from '../../../../shared/stages';
import { CardBody } from './CardBody';
import { MoveMenu } from './MoveMenu';
import { SelectBox } from '../archive/SelectBox';

interface Props {
  card: BoardCard;
  onOpen: (id: number) => void;
  onMove: (card: BoardCard, to: Stage) => void;
  /** The board's one tab stop; the other cards are reached with the arrow keys. */
  tabbable?: boolean;
}

/**
 * dnd-kit re-renders every draggable while a drag is under way, so the draggable part is a bare
 * element and the card's face is memoised apart: a drag over a full board stays cheap.
 */
export const CollabCard = memo(function CollabCard({ card, onOpen, onMove, tabbable = false }: Props) {
  const { t } = useTranslation(['board', 'domain']);
  const { listeners, setNodeRef, isDragging } = useDraggable({ id: card.id, data: { card } });
  return (
    <div
      ref={setNodeRef}
      {...listeners}
      data-testid="card"
      className="ft-card-slot"
      tabIndex={tabbable ? 0 : -1}
      role="group"
      data-card-id={card.id}
      data-stage={card.stage}
      data-dragging={isDragging || undefined}
      aria-label={t('card.label', { name: card.creatorName, stage: t(`domain:stage.${card.stage}`) })}
      style={{ opacity: isDragging ? 0.35 : 1, touchAction: 'none' }}
      onClick={() => onOpen(card.id)}
    >
      <CardFace card={card} onMove={onMove} tabbable={tabbable} />
    </div>
  );
});

/** Only the card holding the board's tab stop lets Tab into its box and menu; the others wait for the arrow keys. */
const CardFace = memo(function CardFace({ card, onMove, tabbable }: Pick<Props, 'card' | 'onMove'> & { tabbable: boolean }) {
  return (
    <div className="ft-card" data-health={card.health}>
      <CardBody
        card={card}
        tabbable={tabbable}
        action={
          <Group gap={4} wrap="nowrap">
            <SelectBox id={card.id} label={card.creatorName} tabIndex={tabbable ? 0 : -1} />
            <MoveMenu tabIndex={tabbable ? 0 : -1} id={card.id} current={card.stage} label={card.creatorName} onMove={(to) => onMove(card, to)} />
          </Group>
        }
      />
    </div>
  );
});
