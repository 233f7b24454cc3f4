import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardCard } from '../../../../shared/schemas';
import { STAGES, type Stage } from '../../../../shared/stages';
import { useApiMutation } from '../../hooks/queries';
import { selection, useSelection } from './selection';
import { useArchiveCards } from './useArchive';
import { errorText } from '../../formErrors';

/** Bulk actions on the ticked cards: move them all to a stage, or archive them all. */
export function SelectionBar({ cards }: { cards: BoardCard[] }) {
  const { t } = useTranslation(['importExport', 'domain']);
  const selected = useSelection();
  const move = useApiMutation('collaborations.moveMany');
  const archive = useArchiveCards();
  useEffect(() => selection.keep(new Set(cards.map((c) => c.id))), [cards]);
  if (selected.size === 0) return null;
  const chosen = cards.filter((c) => selected.has(c.id));
  const count = chosen.length;

  // One call: every ticked card moves, or none does and the reason names the card that could not.
  const moveAll = (to: Stage) => {
    const cardsToMove = chosen.filter((c) => c.stage !== to).map((c) => ({ id: c.id, from: c.stage }));
    if (cardsToMove.length === 0) return;
    move.mutateAsync({ cards: cardsToMove, to }).then(
      () => {
        notifications.show({ message: t('selection.moved', { count, stage: t(`domain:stage.${to}`) }), autoClose: 2500 });
        selection.clear();
      },
      (error: Error) => notifications.show({ color: 'red', title: t('selection.notMoved'), message: errorText(error) }),
    );
  };

  return (
    <Paper withBorder p="xs" mb="sm" role="toolbar" aria-label={t('selection.toolbar')}>
      <Group gap="sm">
        <Text size="sm" fw={500}>
          {t('selection.selected', { count })}
        </Text>
        <Select
          size="xs"
          w={200}
          placeholder={t('selection.moveTo')}
          aria-label={t('selection.moveToLabel')}
          data={STAGES.map((s) => ({ value: s, label: t(`domain:stage.${s}`) }))}
          value={null}
          onChange={(to) => to && moveAll(to as Stage)}
        />
        <Button size="xs" variant="light" onClick={() => archive(chosen.map((c) => c.id), t('selection.archived', { count }), selection.clear)}>
          {t('selection.archive')}
        </Button>
        <Button size="xs" variant="subtle" color="gray" onClick={selection.clear}>
          {t('selection.clear')}
        </Button>
      </Group>
    </Paper>
  );
}
