import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { guardLeaving, leaveAnyway } from '../leaving';

/** Asks "Discard unsaved changes?" when the user leaves this page while `dirty`. */
export function UnsavedGuard({ dirty }: { dirty: boolean }) {
  const [leavingTo, setLeavingTo] = useState<string | null>(null);
  const dirtyNow = useRef(dirty);
  dirtyNow.current = dirty;
  useEffect(() => guardLeaving(() => dirtyNow.current, setLeavingTo), []);
  return (
    <Modal opened={leavingTo !== null} onClose={() => setLeavingTo(null)} title="Discard unsaved changes?">
      <Stack>
        <Text size="sm">Your changes on this page are not saved. Stay to save them, or discard them and leave.</Text>
        <Group justify="flex-end">
          <Button variant="default" data-autofocus onClick={() => setLeavingTo(null)}>
            Stay
          </Button>
          <Button color="red" onClick={() => leaveAnyway(leavingTo ?? '#/board')}>
            Discard
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
