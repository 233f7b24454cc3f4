import { Modal, type ModalProps } from '@mantine/core';
import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { DiscardInPlace } from './DiscardDialog';

const ReportDirty = createContext<((dirty: boolean) => void) | null>(null);

/** A form inside a FormModal tells it whether it holds unsaved edits. */
export function useReportDirty(dirty: boolean): void {
  const report = useContext(ReportDirty);
  useEffect(() => report?.(dirty), [report, dirty]);
  useEffect(() => () => report?.(false), [report]);
}

/**
 * A modal around a form: closing it by Escape, its ✕ or a click beside it asks first while the
 * form holds unsaved edits. The form's own Cancel is a choice already, so it closes straight away.
 * The question takes the form's place in the same window (the form stays as typed behind it), so
 * focus and Escape stay in one window: Escape again means Stay.
 */
export function FormModal({ onClose, children, ...props }: ModalProps) {
  const dirty = useRef(false);
  const [asking, setAsking] = useState(false);
  const [report] = useState(() => (d: boolean) => {
    dirty.current = d;
  });
  const requestClose = () => {
    if (asking) setAsking(false);
    else if (dirty.current) setAsking(true);
    else onClose();
  };
  return (
    <Modal {...props} onClose={requestClose}>
      <ReportDirty.Provider value={report}>
        <div hidden={asking}>{children}</div>
      </ReportDirty.Provider>
      {asking && (
        <DiscardInPlace
          where="form"
          onStay={() => setAsking(false)}
          onDiscard={() => {
            setAsking(false);
            dirty.current = false;
            onClose();
          }}
        />
      )}
    </Modal>
  );
}
