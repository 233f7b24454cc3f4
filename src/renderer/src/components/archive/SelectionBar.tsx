import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import type { BoardCard } from '../../../../shared/schemas';
import { STAGE_LABELS, STAGES, type Stage } from '../../../../shared/stages';
import { useApiMutation } from '../../hooks/queries';
import { selection, useSelection } from './selection';
import { useArchiveCards } from './useArchive';

/** Bulk actions on the ticked cards: move them all to a stage, or archive them all. */
export function SelectionBar({ cards }: { cards: BoardCard[] }) {
  const selected = useSelection();
  const move = useApiMutation('collaborations.moveMany');
  const archive = useArchiveCards();
  useEffect(() => selection.keep(new Set(cards.map((c) => c.id))), [cards]);
  if (selected.size === 0) return null;
  const chosen = cards.filter((c) => selected.has(c.id));
  const count = `${chosen.length} collaboration${chosen.length === 1 ? '' : 's'}`;

  // One call: every ticked card moves, or none does and the reason names the card that could not.
  const moveAll = (to: Stage) => {
    const cardsToMove = chosen.filter((c) => c.stage !== to).map((c) => ({ id: c.id, from: c.stage }));
    if (cardsToMove.length === 0) return;
    move.mutateAsync({ cards: cardsToMove, to }).then(
      () => {
        notifications.show({ message: `${count} moved to ${STAGE_LABELS[to]}.`, autoClose: 2500 });
        selection.clear();
      },
      (error: Error) => notifications.show({ color: 'red', title: 'Not moved', message: error.message }),
    );
  };

  return (
    <Paper withBorder p="xs" mb="sm" role="toolbar" aria-label="Selected collaborations">
      <Group gap="sm">
        <Text size="sm" fw={500}>
          {count} selected
        </Text>
        <Select
          size="xs"
          w={200}
          placeholder="Move to…"
          aria-label="Move the selected collaborations to"
          data={STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
          value={null}
          onChange={(to) => to && moveAll(to as Stage)}
        />
        <Button size="xs" variant="light" onClick={() => archive(chosen.map((c) => c.id), count, selection.clear)}>
          Archive selected
        </Button>
        <Button size="xs" variant="subtle" color="gray" onClick={selection.clear}>
          Clear selection
        </Button>
      </Group>
    </Paper>
  );
}
