import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Answers {
  onStay: () => void;
  onDiscard: () => void;
  /** Where the changes are: on this page, or in this form. */
  where: 'page' | 'form';
}

function Question({ onStay, onDiscard, where }: Answers) {
  const { t } = useTranslation('forms');
  return (
    <Stack>
      <Text size="sm">{where === 'page' ? t('discard.onPage') : t('discard.inForm')}</Text>
      <Group justify="flex-end">
        <Button variant="default" data-autofocus onClick={onStay}>
          {t('discard.stay')}
        </Button>
        <Button color="red" onClick={onDiscard}>
          {t('discard.discard')}
        </Button>
      </Group>
    </Stack>
  );
}

/** "Discard unsaved changes?" in a window of its own, with Stay as the safe answer (it has the focus). */
export function DiscardDialog({ opened, ...answers }: Answers & { opened: boolean }) {
  const { t } = useTranslation('forms');
  return (
    <Modal opened={opened} onClose={answers.onStay} title={t('discard.title')}>
      <Question {...answers} />
    </Modal>
  );
}

/** The same question in place of a form, inside the form's own window, with the focus on Stay. */
export function DiscardInPlace(answers: Answers) {
  const { t } = useTranslation('forms');
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus(), []);
  return (
    <Stack role="alertdialog" aria-labelledby={titleId} ref={box} gap="sm">
      <Title order={4} id={titleId}>
        {t('discard.title')}
      </Title>
      <Question {...answers} />
    </Stack>
  );
}
