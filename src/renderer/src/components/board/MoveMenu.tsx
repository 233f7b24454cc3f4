import { Menu } from '@mantine/core';
import { IconArrowsMove, IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIDE_LANES, STAGES, type Stage } from '../../../../shared/stages';
import { CardMenuItems } from '../archive/CardMenuItems';

interface Props {
  id: number;
  current: Stage;
  label: string;
  onMove: (to: Stage) => void;
  tabIndex?: number;
}

/**
 * The keyboard way to move a card: a menu of stages, reachable with Tab, Enter and arrows.
 * The menu itself is mounted only once opened, so hundreds of visible cards stay cheap.
 */
export function MoveMenu({ id, current, label, onMove, tabIndex }: Props) {
  const { t } = useTranslation(['board', 'domain']);
  const [mounted, setMounted] = useState(false);
  const button = (
    // A plain button styled as a subtle ActionIcon (board.css): one on every card in view.
    <button
      type="button"
      className="ft-icon-button mantine-focus-auto"
      aria-label={t('move.label', { name: label })}
      aria-haspopup="menu"
      tabIndex={tabIndex}
      onClick={mounted ? undefined : () => setMounted(true)}
    >
      <IconArrowsMove size={16} />
    </button>
  );
  return (
    // Clicks and presses here must neither open the card nor start a drag.
    <div onClick={(e) => e.stopPropagation()} onPointerDown={(e) => e.stopPropagation()}>
      {mounted ? (
        <Menu defaultOpened onClose={() => setMounted(false)} position="bottom-end" withinPortal shadow="md" width={220}>
          <Menu.Target>{button}</Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('move.heading')}</Menu.Label>
            {STAGES.map((stage) => (
              <Menu.Item
                key={stage}
                disabled={stage === current}
                color={SIDE_LANES.includes(stage) ? 'red' : undefined}
                leftSection={stage === current ? <IconCheck size={14} /> : null}
                onClick={() => onMove(stage)}
              >
                {t(`domain:stage.${stage}`)}
              </Menu.Item>
            ))}
            <CardMenuItems id={id} label={label} />
          </Menu.Dropdown>
        </Menu>
      ) : (
        button
      )}
    </div>
  );
}
