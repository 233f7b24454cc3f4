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
  const move = useApiMutation('collaborations.move');
  const archive = useArchiveCards();
  useEffect(() => selection.keep(new Set(cards.map((c) => c.id))), [cards]);
  if (selected.size === 0) return null;
  const chosen = cards.filter((c) => selected.has(c.id));
  const count = `${chosen.length} collaboration${chosen.length === 1 ? '' : 's'}`;

  const moveAll = async (to: Stage) => {
    const results = await Promise.allSettled(chosen.filter((c) => c.stage !== to).map((c) => move.mutateAsync({ id: c.id, from: c.stage, to })));
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed.length > 0) notifications.show({ color: 'red', title: `${failed.length} not moved`, message: String(failed[0]!.reason instanceof Error ? failed[0]!.reason.message : failed[0]!.reason) });
    else notifications.show({ message: `${count} moved to ${STAGE_LABELS[to]}.`, autoClose: 2500 });
    selection.clear();
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
          onChange={(to) => to && void moveAll(to as Stage)}
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
