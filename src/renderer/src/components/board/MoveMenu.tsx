import { ActionIcon, Menu } from '@mantine/core';
import { IconArrowsMove, IconCheck } from '@tabler/icons-react';
import { SIDE_LANES, STAGE_LABELS, STAGES, type Stage } from '../../../../shared/stages';

interface Props {
  current: Stage;
  label: string;
  onMove: (to: Stage) => void;
}

/** The keyboard way to move a card: a menu of stages, reachable with Tab and arrows. */
export function MoveMenu({ current, label, onMove }: Props) {
  return (
    // Clicks and presses here must neither open the card nor start a drag.
    <div onClick={(e) => e.stopPropagation()} onPointerDown={(e) => e.stopPropagation()}>
      <Menu position="bottom-end" withinPortal shadow="md" width={220}>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Move ${label} to…`}>
            <IconArrowsMove size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Move to…</Menu.Label>
          {STAGES.map((stage) => (
            <Menu.Item
              key={stage}
              disabled={stage === current}
              color={SIDE_LANES.includes(stage) ? 'red' : undefined}
              leftSection={stage === current ? <IconCheck size={14} /> : null}
              onClick={() => onMove(stage)}
            >
              {STAGE_LABELS[stage]}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </div>
  );
}
