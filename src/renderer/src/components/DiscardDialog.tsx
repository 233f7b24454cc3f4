import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';

const TITLE = 'Discard unsaved changes?';

interface Answers {
  onStay: () => void;
  onDiscard: () => void;
  /** Where the changes are: "on this page", "in this form". */
  where: string;
}

function Question({ onStay, onDiscard, where }: Answers) {
  return (
    <Stack>
      <Text size="sm">Your changes {where} are not saved. Stay to save them, or discard them and leave.</Text>
      <Group justify="flex-end">
        <Button variant="default" data-autofocus onClick={onStay}>
          Stay
        </Button>
        <Button color="red" onClick={onDiscard}>
          Discard
        </Button>
      </Group>
    </Stack>
  );
}

/** "Discard unsaved changes?" in a window of its own, with Stay as the safe answer (it has the focus). */
export function DiscardDialog({ opened, ...answers }: Answers & { opened: boolean }) {
  return (
    <Modal opened={opened} onClose={answers.onStay} title={TITLE}>
      <Question {...answers} />
    </Modal>
  );
}

/** The same question in place of a form, inside the form's own window, with the focus on Stay. */
export function DiscardInPlace(answers: Answers) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus(), []);
  return (
    <Stack role="alertdialog" aria-labelledby={titleId} ref={box} gap="sm">
      <Title order={4} id={titleId}>
        {TITLE}
      </Title>
      <Question {...answers} />
    </Stack>
  );
}
