import { Modal, type ModalProps } from '@mantine/core';
import { createContext, useContext, useEffect } from 'react';

/*
 * Escape should close only the topmost layer. A modal opened from the drawer listens for Escape
 * on the window just like the drawer does, so both would close; while such a modal is open, the
 * drawer is told to ignore Escape.
 */
export const DrawerEscapeHold = createContext<(delta: 1 | -1) => void>(() => {});

export function PanelModal(props: ModalProps) {
  const hold = useContext(DrawerEscapeHold);
  useEffect(() => {
    if (!props.opened) return;
    hold(1);
    return () => hold(-1);
  }, [props.opened, hold]);
  return <Modal {...props} />;
}
