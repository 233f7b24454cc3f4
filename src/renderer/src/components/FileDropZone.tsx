import { Loader, Text, VisuallyHidden } from '@mantine/core';
import { type DragEvent, type ReactNode, useId, useState } from 'react';
import './fileDropZone.css';

interface Props {
  /** What the hidden input is called, for screen readers and tests. */
  label: string;
  accept?: string;
  multiple?: boolean;
  /** While a file is taken in: the zone shows a loader and takes no more. */
  busy?: boolean;
  /** One line, for a place with little room (a card's tab). */
  compact?: boolean;
  /** What the zone refuses, said under it and tied to the input. */
  problem?: string | null;
  icon: ReactNode;
  /** The zone's words: what to drop, and a hint under it. */
  children: ReactNode;
  onFiles: (files: File[]) => void;
}

/**
 * A file picker that also takes dropped files; the real input stays in the page for keyboards
 * and tests. Dropped files skip the input's `accept` filter: the caller checks what it takes.
 */
export function FileDropZone({ label, accept, multiple = false, busy = false, compact = false, problem = null, icon, children, onFiles }: Props) {
  const problemId = useId();
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const files = [...e.dataTransfer.files];
    if (!busy && files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
  };
  return (
    <div>
      <label
        className="file-drop"
        data-compact={compact || undefined}
        data-over={over || undefined}
        data-busy={busy || undefined}
        data-error={problem !== null || undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <VisuallyHidden>
          <input
            type="file"
            multiple={multiple}
            accept={accept}
            disabled={busy}
            aria-label={label}
            aria-invalid={problem !== null || undefined}
            aria-describedby={problem ? problemId : undefined}
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              // Choosing the same file again, after fixing it, must still count as a change.
              e.currentTarget.value = '';
              if (files.length > 0) onFiles(files);
            }}
          />
        </VisuallyHidden>
        {busy ? <Loader size={compact ? 'xs' : 'sm'} /> : icon}
        {children}
      </label>
      {problem && (
        <Text id={problemId} size="xs" c="red" mt={4} role="alert">
          {problem}
        </Text>
      )}
    </div>
  );
}
