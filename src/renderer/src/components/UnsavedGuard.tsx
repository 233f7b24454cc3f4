import { useEffect, useRef, useState } from 'react';
import { guardLeaving, leaveAnyway } from '../leaving';
import { DiscardDialog } from './DiscardDialog';
import { useReportDirty } from './FormModal';

/**
 * Asks "Discard unsaved changes?" when the user leaves this page while `dirty`; inside a
 * FormModal it also holds the modal from closing by Escape, its ✕ or a click beside it.
 */
export function UnsavedGuard({ dirty }: { dirty: boolean }) {
  const [leavingTo, setLeavingTo] = useState<string | null>(null);
  const dirtyNow = useRef(dirty);
  dirtyNow.current = dirty;
  useEffect(() => guardLeaving(() => dirtyNow.current, setLeavingTo), []);
  useReportDirty(dirty);
  return <DiscardDialog opened={leavingTo !== null} where="page" onStay={() => setLeavingTo(null)} onDiscard={() => leaveAnyway(leavingTo ?? '#/board')} />;
}
